package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRowKernelsAVX2 checks the assembly of the float32 row kernels (rows_amd64.s:
// four lanes of AVX2, and eight of AVX-512 where the CPU has it) bit for bit against
// the Go loops they stand in for (useAVX2 off), on every length from 0 to 41 and two
// long rows, with special values mixed in (NaN, ±Inf, ±0, values past the
// exponential's and GELU's caps), Add, LayerNorm forward and backward (rows of those
// lengths) and AdamW with and without a decay mask.
func TestRowKernelsAVX2(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2: the Go loops are the only path")
	}
	wide := []bool{false}
	if useAVX512Rows {
		wide = append(wide, true)
	}
	for _, w := range wide {
		t.Run(fmt.Sprintf("avx512=%v", w), func(t *testing.T) {
			old := useAVX512Rows
			useAVX512Rows = w
			defer func() { useAVX512Rows = old }()
			testRowKernelsAsm(t)
		})
	}
}

func testRowKernelsAsm(t *testing.T) {
	r := rand.New(rand.NewPCG(101, 102))
	special := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0, float32(math.Copysign(0, -1)),
		400, -400, 1e30, -1e30, 1e-30, 88, -88, 9, -9, 1e-5, -1e-5}
	gen := func(n int, scale float64, withSpecial bool) []float32 {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64() * scale)
			if withSpecial && r.IntN(5) == 0 {
				x[i] = special[r.IntN(len(special))]
			}
		}
		return x
	}
	// both runs f with the assembly on and off and returns the two results.
	both := func(f func() []float32) (asm, loop []float32) {
		asm = f()
		useAVX2 = false
		defer func() { useAVX2 = true }()
		return asm, f()
	}
	same := func(t *testing.T, name string, n int, got, want []float32) {
		t.Helper()
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) && !(got[i] != got[i] && want[i] != want[i]) {
				t.Fatalf("%s n=%d [%d]: assembly %g (%#x), Go loop %g (%#x)", name, n, i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
			}
		}
	}
	defer setProcs(1)()
	lengths := []int{5000, 2048, 128, 768}
	for n := range 42 {
		lengths = append(lengths, n)
	}
	for _, n := range lengths {
		for _, sp := range []bool{false, true} {
			x, dout, base := gen(n, 3, sp), gen(n, 1, false), gen(n, 1, false)
			a, l := both(func() []float32 { o := make([]float32, n); GELU(o, x); return o })
			same(t, "GELU", n, a, l)
			a, l = both(func() []float32 { o := slices.Clone(base); Add(o, o, x); return o })
			same(t, "Add", n, a, l)
			a, l = both(func() []float32 { d := slices.Clone(base); GELUBackward(d, dout, x); return d })
			same(t, "GELUBackward", n, a, l)
			a, l = both(func() []float32 { s := slices.Clone(x); return append(s, float32(SoftmaxRow(s))) })
			same(t, "SoftmaxRow", n, a, l)
			a, l = both(func() []float32 { return []float32{float32(LogSumExp(x))} })
			same(t, "LogSumExp", n, a, l)
			lse := LogSumExp(x)
			a, l = both(func() []float32 { d := make([]float32, n); ExpShift(d, x, lse, 0.37); return d })
			same(t, "ExpShift", n, a, l)
		}
		if n > 0 { // LayerNorm forward and backward over 3 rows of n columns
			const rows = 3
			x, w, b, dout, dx0 := gen(rows*n, 2, false), gen(n, 1, false), gen(n, 1, false), gen(rows*n, 1, false), gen(rows*n, 1, false)
			for i := range x {
				x[i] += float32(i % 3) // rows with different means
			}
			a, l := both(func() []float32 {
				o, mean, rstd := make([]float32, rows*n), make([]float32, rows), make([]float32, rows)
				LayerNorm(o, mean, rstd, x, w, b, rows, n, 1e-5)
				return slices.Concat(o, mean, rstd)
			})
			same(t, "LayerNorm", n, a, l)
			mean, rstd := a[rows*n:rows*n+rows], a[rows*n+rows:]
			for _, sums := range []bool{true, false} {
				a, l := both(func() []float32 {
					dx, dw, db := slices.Clone(dx0), slices.Clone(b), slices.Clone(w)
					if !sums {
						dw, db = nil, nil
					}
					LayerNormBackward(dx, dw, db, dout, x, w, mean, rstd, rows, n)
					return slices.Concat(dx, dw, db)
				})
				same(t, fmt.Sprintf("LayerNormBackward (sums %v)", sums), n, a, l)
			}
		}
		g, p0, m0 := gen(n, 0.1, false), gen(n, 1, false), gen(n, 0.01, false)
		v0 := make([]float32, n)
		for i := range v0 {
			v0[i] = float32(math.Abs(r.NormFloat64())) * 1e-3
		}
		decay := make([]bool, n)
		for i := range decay {
			decay[i] = r.IntN(3) != 0
		}
		for _, dm := range [][]bool{nil, decay} {
			a, l := both(func() []float32 {
				p, m, v := slices.Clone(p0), slices.Clone(m0), slices.Clone(v0)
				for step := 1; step <= 3; step++ {
					AdamW(p, g, m, v, dm, 1e-3, 0.9, 0.95, 1e-8, 0.1, step)
				}
				return slices.Concat(p, m, v)
			})
			same(t, "AdamW", n, a, l)
		}
	}
}

// BenchmarkRowKernels times the float32 row kernels on a training step's shapes at
// the small config (GELU over 1024×512, LayerNorm and its backward over 1024×128,
// softmax rows of 64, the log-partition of 2048 logits, AdamW over 1M) on one
// goroutine, through each path this machine has: the Go loops (go), four lanes of
// AVX2 (avx2), eight of AVX-512 (avx512); compare the paths within one run.
func BenchmarkRowKernels(b *testing.B) {
	defer setProcs(1)()
	r := rand.New(rand.NewPCG(7, 8))
	fill := func(n int, scale float64) []float32 {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64() * scale)
		}
		return x
	}
	x := fill(1024*512, 2)
	out, dx := make([]float32, len(x)), make([]float32, len(x))
	lnX, lnW, lnB, lnD := fill(1024*128, 1), fill(128, 1), fill(128, 1), fill(1024*128, 1)
	mean, rstd, dw, db := make([]float32, 1024), make([]float32, 1024), make([]float32, 128), make([]float32, 128)
	logits := fill(2048, 3)
	n := 1 << 20
	p, g, m, v := make([]float32, n), fill(n, 0.1), make([]float32, n), make([]float32, n)
	type path struct {
		name         string
		avx2, avx512 bool
	}
	paths := []path{{"go", false, false}}
	if useAVX2 {
		paths = append(paths, path{"avx2", true, false})
	}
	if useAVX512Rows {
		paths = append(paths, path{"avx512", true, true})
	}
	old2, old512 := useAVX2, useAVX512Rows
	defer func() { useAVX2, useAVX512Rows = old2, old512 }()
	for _, pa := range paths {
		useAVX2, useAVX512Rows = pa.avx2, pa.avx512
		b.Run("GELU/"+pa.name, func(b *testing.B) {
			for b.Loop() {
				GELU(out, x)
			}
		})
		b.Run("GELUBackward/"+pa.name, func(b *testing.B) {
			for b.Loop() {
				GELUBackwardInto(dx, out, x)
			}
		})
		b.Run("LayerNorm/"+pa.name, func(b *testing.B) {
			for b.Loop() {
				LayerNorm(lnD, mean, rstd, lnX, lnW, lnB, 1024, 128, 1e-5)
			}
		})
		b.Run("LayerNormBackward/"+pa.name, func(b *testing.B) {
			for b.Loop() {
				LayerNormBackward(dx[:1024*128], dw, db, lnD, lnX, lnW, mean, rstd, 1024, 128)
			}
		})
		b.Run("SoftmaxRow64/"+pa.name, func(b *testing.B) {
			row := make([]float32, 64)
			for b.Loop() {
				copy(row, x)
				SoftmaxRow(row)
			}
		})
		b.Run("LogSumExp2048/"+pa.name, func(b *testing.B) {
			for b.Loop() {
				LogSumExp(logits)
			}
		})
		b.Run("AdamW/"+pa.name, func(b *testing.B) {
			step := 0
			for b.Loop() {
				step++
				AdamW(p, g, m, v, nil, 1e-3, 0.9, 0.95, 1e-8, 0.01, step)
			}
		})
	}
}

// TestGELUBackwardInto checks GELUBackwardInto against GELUBackward into zeros, bit
// for bit (a −0 product must come out +0, as 0 + (−0) does), with the assembly and
// with the Go loops, float32 and float64.
func TestGELUBackwardInto(t *testing.T) {
	r := rand.New(rand.NewPCG(103, 104))
	const n = 1031
	x, dout := make([]float32, n), make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64() * 3)
		dout[i] = float32(r.NormFloat64())
		switch i % 7 {
		case 0:
			dout[i] = float32(math.Copysign(0, -1))
		case 1:
			dout[i] = 0
		case 2:
			x[i] = -400 // GELU' is +0 here: a −0 product with a negative dout
			dout[i] = -1
		}
	}
	for _, avx := range []bool{useAVX2, false} {
		old := useAVX2
		useAVX2 = avx
		want, got := make([]float32, n), make([]float32, n)
		for i := range got {
			got[i] = float32(r.NormFloat64()) // overwritten
		}
		GELUBackward(want, dout, x)
		GELUBackwardInto(got, dout, x)
		useAVX2 = old
		for i := range want {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("avx2=%v [%d]: GELUBackwardInto %g (%#x), GELUBackward into zeros %g (%#x)", avx, i, got[i], math.Float32bits(got[i]), want[i], math.Float32bits(want[i]))
			}
		}
	}
	x64, d64 := make([]float64, n), make([]float64, n)
	for i := range x64 {
		x64[i], d64[i] = float64(x[i]), float64(dout[i])
	}
	want, got := make([]float64, n), make([]float64, n)
	for i := range got {
		got[i] = 1
	}
	GELUBackward(want, d64, x64)
	GELUBackwardInto(got, d64, x64)
	for i := range want {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Fatalf("float64 [%d]: GELUBackwardInto %g, GELUBackward into zeros %g", i, got[i], want[i])
		}
	}
}

// TestMax32 checks max32 (eight lanes of AVX2 on amd64 for rows of a multiple of 8)
// bit for bit against Go's max one element at a time: NaN anywhere gives NaN, and a
// zero maximum is +0 when some element is +0, −0 when all zeros are −0.
func TestMax32(t *testing.T) {
	r := rand.New(rand.NewPCG(105, 106))
	negZero := float32(math.Copysign(0, -1))
	for _, n := range []int{1, 7, 8, 16, 24, 64, 2048, 2051} {
		for trial := range 40 {
			x := make([]float32, n)
			for i := range x {
				switch trial % 4 {
				case 0: // ordinary values
					x[i] = float32(r.NormFloat64())
				case 1: // a zero maximum, zeros of both signs
					x[i] = -float32(r.ExpFloat64())
					if r.IntN(3) == 0 {
						x[i] = []float32{0, negZero}[r.IntN(2)]
					}
				case 2: // only −0 and negatives
					x[i] = -float32(r.ExpFloat64())
					if r.IntN(3) == 0 {
						x[i] = negZero
					}
				case 3: // specials
					x[i] = []float32{float32(math.Inf(-1)), float32(math.Inf(1)), float32(math.NaN()), 1, -1}[r.IntN(5)]
					if r.IntN(4) != 0 {
						x[i] = float32(math.Inf(-1))
					}
				}
			}
			want := float32(math.Inf(-1))
			for _, v := range x {
				want = max(want, v)
			}
			got := max32(x)
			if math.Float32bits(got) != math.Float32bits(want) && !(got != got && want != want) {
				t.Fatalf("n=%d trial %d: max32 %g (%#x), Go's max %g (%#x)", n, trial, got, math.Float32bits(got), want, math.Float32bits(want))
			}
		}
	}
}
