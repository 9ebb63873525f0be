package influence

import "fmt"

// DataInf is the closed-form influence of Kwon et al. (2023) for LoRA layers: the
// inverse of each layer's damped Fisher is replaced by the mean of per-example
// Sherman–Morrison inverses, which needs no matrix inverse. Layers are column ranges of
// the gradient rows: layer l is columns [Bounds[l], Bounds[l+1]).
type DataInf struct {
	Train  Gradients
	Bounds []int
	// Lambda is λ_l per layer: mean over rows of the mean squared entry of g_il, / 10.
	Lambda []float64
	norm2  []float64 // n×L, ‖g_il‖²
}

// NewDataInf precomputes per-layer norms and dampings. bounds must start at 0, increase
// strictly and end at k (panics otherwise); nil means one layer.
func NewDataInf(train Gradients, bounds []int) *DataInf {
	n, k := train.Dims()
	if bounds == nil {
		bounds = []int{0, k}
	}
	if len(bounds) < 2 || bounds[0] != 0 || bounds[len(bounds)-1] != k {
		panic(fmt.Sprintf("influence: datainf layer bounds %v for k=%d", bounds, k))
	}
	L := len(bounds) - 1
	for l := range L {
		if bounds[l+1] <= bounds[l] {
			panic(fmt.Sprintf("influence: datainf layer bounds %v not increasing", bounds))
		}
	}
	d := &DataInf{Train: train, Bounds: bounds, Lambda: make([]float64, L), norm2: make([]float64, n*L)}
	for i := range n {
		r := row(train, i)
		for l := range L {
			seg := r[bounds[l]:bounds[l+1]]
			s := float64(Dot(seg, seg))
			d.norm2[i*L+l] = s
			d.Lambda[l] += s / float64(len(seg))
		}
	}
	for l := range L {
		d.Lambda[l] /= 10 * float64(max(n, 1))
		if d.Lambda[l] == 0 {
			d.Lambda[l] = 1e-12
		}
	}
	return d
}

// Method implements Scorer.
func (d *DataInf) Method() string { return "datainf" }

// Len implements Scorer.
func (d *DataInf) Len() int { n, _ := d.Train.Dims(); return n }

// Checkpoints implements Scorer.
func (d *DataInf) Checkpoints() int { return 1 }

// HVP returns h = concat_l 1/(nλ_l) Σ_i [v_l − (v_l·g_il)/(λ_l+‖g_il‖²) g_il], the
// DataInf approximation of (F_l + λ_l I)⁻¹ v_l per layer. One pass over the rows.
func (d *DataInf) HVP(v []float32) []float32 {
	n, k := d.Train.Dims()
	if len(v) != k {
		panic(fmt.Sprintf("influence: datainf query of %d for k=%d", len(v), k))
	}
	L := len(d.Lambda)
	acc := make([]float64, k)
	coef := make([]float64, L)
	for i := range n {
		r := row(d.Train, i)
		for l := range L {
			lo, hi := d.Bounds[l], d.Bounds[l+1]
			coef[l] = float64(Dot(v[lo:hi], r[lo:hi])) / (d.Lambda[l] + d.norm2[i*L+l])
			for j := lo; j < hi; j++ {
				acc[j] -= coef[l] * float64(r[j])
			}
		}
	}
	h := make([]float32, k)
	for l := range L {
		s := 1 / (float64(n) * d.Lambda[l])
		for j := d.Bounds[l]; j < d.Bounds[l+1]; j++ {
			h[j] = float32(s * (float64(n)*float64(v[j]) + acc[j]))
		}
	}
	return h
}

// Score implements Scorer: score(z) = h·g(z) with h = HVP(q[0]).
func (d *DataInf) Score(dst []float64, q [][]float32) {
	checkQuery(d.Method(), q, []Gradients{d.Train}, dst)
	clear(dst)
	AddDots(dst, 1, d.HVP(q[0]), d.Train)
}
