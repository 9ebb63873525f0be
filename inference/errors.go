package inference

import "errors"

var (
	// ErrConfig is returned for a configuration that is invalid on its own (a
	// non-positive size, a width not divisible by the head count).
	ErrConfig = errors.New("invalid model config")
	// ErrSafetensors is returned for a safetensors file that cannot be parsed: bad
	// header, offsets outside the buffer, truncated data, unknown dtype.
	ErrSafetensors = errors.New("invalid safetensors file")
	// ErrMissingTensor is returned when a checkpoint lacks a tensor the config needs.
	ErrMissingTensor = errors.New("missing tensor")
	// ErrTensorShape is returned when a tensor's shape does not match the config.
	ErrTensorShape = errors.New("tensor shape does not match config")
	// ErrUnexpectedTensor is returned for a tensor name the model does not know.
	ErrUnexpectedTensor = errors.New("unexpected tensor")
	// ErrContextLength is returned when a sequence does not fit in n_positions.
	ErrContextLength = errors.New("sequence longer than the model's context")
	// ErrTokenID is returned for a token id outside [0, vocab_size).
	ErrTokenID = errors.New("token id out of range")
	// ErrAdapter is returned for an adapter that does not fit the base model or is
	// malformed (unknown target, rank mismatch).
	ErrAdapter = errors.New("invalid adapter")
	// ErrSampling is returned for sampling settings outside their ranges
	// (Sampling.Validate).
	ErrSampling = errors.New("invalid sampling settings")
	// ErrAdapterNotFound is returned by a Server for an adapter name its loader
	// does not know.
	ErrAdapterNotFound = errors.New("adapter not found")
)
