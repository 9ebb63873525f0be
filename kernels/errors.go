package kernels

import "errors"

// ErrShape is the panic value (wrapped) when a slice is shorter than the shape a
// kernel was told it has, or a shape is negative. It is a programmer error.
var ErrShape = errors.New("kernels: slice shorter than its shape")
