package gradients

import "errors"

var (
	// ErrNoData is returned when training or scoring gets no usable tokens (empty
	// datanet, every text shorter than two tokens).
	ErrNoData = errors.New("no training tokens")
	// ErrCheckpoint is returned for a checkpoint that cannot be resumed: unreadable,
	// written for another model/adapter shape or another training configuration.
	ErrCheckpoint = errors.New("checkpoint cannot be resumed")
	// ErrTrainConfig is returned for training settings outside their ranges
	// (TrainConfig.Validate); the chain holds a *bounds.Error naming the field.
	ErrTrainConfig = errors.New("invalid training settings")
	// ErrNonFinite is returned when the loss or the gradient norm becomes NaN or Inf.
	ErrNonFinite = errors.New("non-finite loss or gradient")
)
