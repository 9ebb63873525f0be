package influence

import "fmt"

// Gradients is a read-only n×k matrix of per-example gradients or sketches, one row
// per training data point, stored row-major in float32. store.SketchFile implements
// it over a memory-mapped file; Dense over a slice.
type Gradients interface {
	// Dims returns the number of rows n and the row length k.
	Dims() (n, k int)
	// RawMatrix returns the n·k values, row i at [i·k, (i+1)·k). Callers must not write.
	RawMatrix() []float32
	// ID returns the data point id of row i.
	ID(i int) string
}

// Dense is an in-memory Gradients.
type Dense struct {
	N, K int
	Data []float32 // row-major, len N·K
	IDs  []string  // len N; nil means ids "0", "1", ...
}

// NewDense returns a zero n×k matrix with the given ids (nil for index ids).
// It panics if ids is non-nil and len(ids) != n.
func NewDense(n, k int, ids []string) *Dense {
	if ids != nil && len(ids) != n {
		panic(fmt.Sprintf("influence: %d ids for %d rows", len(ids), n))
	}
	return &Dense{N: n, K: k, Data: make([]float32, n*k), IDs: ids}
}

// Dims implements Gradients.
func (d *Dense) Dims() (int, int) { return d.N, d.K }

// RawMatrix implements Gradients.
func (d *Dense) RawMatrix() []float32 { return d.Data }

// ID implements Gradients.
func (d *Dense) ID(i int) string {
	if d.IDs == nil {
		return fmt.Sprint(i)
	}
	return d.IDs[i]
}

// Row returns row i, aliasing the matrix.
func (d *Dense) Row(i int) []float32 { return d.Data[i*d.K : (i+1)*d.K : (i+1)*d.K] }

// row returns row i of any Gradients.
func row(g Gradients, i int) []float32 {
	_, k := g.Dims()
	return g.RawMatrix()[i*k : (i+1)*k : (i+1)*k]
}
