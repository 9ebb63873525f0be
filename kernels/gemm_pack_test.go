package kernels

import (
	"fmt"
	"math"
	"testing"
)

// nanBuf returns n NaNs: guard values that a stray write replaces.
func nanBuf(n int) []float32 {
	b := make([]float32, n)
	for i := range b {
		b[i] = float32(math.NaN())
	}
	return b
}

// sameBits says whether x and y are the same float32 bit for bit.
func sameBits(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) }

// packADef is packA's definition, element by element: dst[(s·kc + l)·MR + r] =
// A(i0 + s·MR + r, p0 + l), zero past the last row.
func packADef(dst []float32, a operand, i0, mc, p0, kc int) {
	for s := 0; s*gemmMR < mc; s++ {
		for l := 0; l < kc; l++ {
			for r := 0; r < gemmMR; r++ {
				v := float32(0)
				if s*gemmMR+r < mc {
					v = a.d[(i0+s*gemmMR+r)*a.rs+(p0+l)*a.cs]
				}
				dst[(s*kc+l)*gemmMR+r] = v
			}
		}
	}
}

// packCase is an A block to pack: an n×k matrix stored row-major (rs = k, cs = 1)
// or transposed (rs = 1, cs = n), and the block's rows and K-slice.
type packCase struct {
	n, k, i0, mc, p0, kc int
}

// packCases cover full strips, a remainder strip of every height 1..5, blocks that
// end at the matrix's last row and column, and the train step's shapes (a 96-row
// task of the tied LM head's 2048×1024 dlogitsᵀ, a layer's 128×1024 xᵀ).
var packCases = []packCase{
	{6, 1, 0, 6, 0, 1}, {7, 3, 0, 7, 0, 3}, {13, 9, 1, 12, 2, 7},
	{96, 256, 0, 96, 0, 256}, {100, 300, 4, 96, 44, 256},
	{2048, 1024, 1950, 96, 768, 256}, {128, 1024, 0, 96, 0, 256}, {128, 1024, 96, 32, 256, 256},
	{1024, 128, 1020, 4, 0, 128}, {20, 40, 1, 19, 5, 35}, {17, 17, 0, 17, 0, 17},
	{8, 5, 3, 5, 0, 5}, {9, 2, 0, 9, 1, 1}, {10, 33, 0, 10, 0, 33}, {11, 8, 0, 11, 0, 8},
}

// TestPackA checks packA (both layouts of A, the assembly where built and the Go
// loops) against packADef on packCases, with NaN guards around the packed block and
// distinct values everywhere, so a swapped, missing or stray element shows.
func TestPackA(t *testing.T) {
	for _, asm := range []bool{false, true} {
		if asm && !useAVX2 {
			continue
		}
		for _, c := range packCases {
			for _, trans := range []bool{false, true} {
				name := fmt.Sprintf("asm=%v/trans=%v/n=%d,k=%d,i0=%d,mc=%d,p0=%d,kc=%d", asm, trans, c.n, c.k, c.i0, c.mc, c.p0, c.kc)
				t.Run(name, func(t *testing.T) {
					old := useAVX2
					useAVX2 = asm
					defer func() { useAVX2 = old }()
					d := make([]float32, c.n*c.k)
					for i := range d {
						d[i] = float32(i + 1)
					}
					a := operand{d, c.k, 1}
					if trans {
						a = operand{d, 1, c.n}
					}
					size := (c.mc + gemmMR - 1) / gemmMR * gemmMR * c.kc
					got, want := nanBuf(size+64), nanBuf(size+64)
					packA(got[32:], a, c.i0, c.mc, c.p0, c.kc)
					packADef(want[32:], a, c.i0, c.mc, c.p0, c.kc)
					for i := range got {
						if !sameBits(got[i], want[i]) {
							t.Fatalf("dst[%d] (packed index %d) = %v, want %v", i, i-32, got[i], want[i])
						}
					}
				})
			}
		}
	}
}

// BenchmarkPackA times packA on a 96-row, 256-deep block of the train step's
// transposed operands (the tied LM head's dlogitsᵀ, 2048 wide; a layer's xᵀ, 128
// wide) and of a row-major one, against the portable Go loops in the same run
// ("go"); ns/float is per packed element.
func BenchmarkPackA(b *testing.B) {
	for _, s := range []struct {
		name  string
		n, k  int
		trans bool
	}{{"lmhead-T", 2048, 1024, true}, {"layer-T", 128, 1024, true}, {"rowmajor", 1024, 128, false}} {
		d := make([]float32, s.n*s.k)
		for i := range d {
			d[i] = float32(i % 13)
		}
		a := operand{d, s.k, 1}
		if s.trans {
			a = operand{d, 1, s.n}
		}
		dst := make([]float32, gemmMC*gemmKC)
		kc := min(gemmKC, s.k)
		for _, impl := range []string{"asm", "go"} {
			if impl == "asm" && !useAVX2 {
				continue
			}
			b.Run(s.name+"/"+impl, func(b *testing.B) {
				old := useAVX2
				useAVX2 = impl == "asm"
				defer func() { useAVX2 = old }()
				blocks := s.n / gemmMC
				for i := 0; i < b.N; i++ { // walk the blocks of rows and K-slices, as gemm32 does
					bl := i % (blocks * (s.k / kc))
					packA(dst, a, (bl%blocks)*gemmMC, gemmMC, (bl/blocks)*kc, kc)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(gemmMC*kc), "ns/float")
			})
		}
	}
}

// BenchmarkMatMulTN times the train step's TN products (weight gradients: the tied
// LM head's dlogitsᵀ·x, 2048×1024·1024×128, and a layer's xᵀ·dy, 128×1024·1024×384)
// with the assembly A packing ("asm") and the Go loops ("go") beside the same
// micro-kernel, in the same run.
func BenchmarkMatMulTN(b *testing.B) {
	for _, s := range [][3]int{{1024, 2048, 128}, {1024, 128, 384}} { // n rows of a and b, k, m
		n, k, m := s[0], s[1], s[2]
		a, bb, out := make([]float32, n*k), make([]float32, n*m), make([]float32, k*m)
		for i := range a {
			a[i] = float32(i%7) * 1e-2
		}
		for i := range bb {
			bb[i] = float32(i%5) * 1e-2
		}
		for _, impl := range []string{"asm", "go"} {
			b.Run(fmt.Sprintf("%dx%dx%d/pack=%s", k, n, m, impl), func(b *testing.B) {
				old := packAsm
				packAsm = impl == "asm"
				defer func() { packAsm = old }()
				defer setProcs(1)()
				for i := 0; i < b.N; i++ {
					MatMulTN(out, a, bb, n, k, m)
				}
				b.ReportMetric(float64(2*n*k*m)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GF/s")
			})
		}
	}
}

// TestPackBStripTransposed checks packBStrip on a B stored transposed (NT: B(l, j) =
// w[j·K + l], the assembly 4×4 transposes where built, and the Go loop) against its
// definition, dst[(s·kc + l)·NR + j] = B(p0 + l, j0 + s·NR + j), zero past the last
// column, on every strip of blocks with odd depths and widths, NaN guards after.
func TestPackBStripTransposed(t *testing.T) {
	for _, asm := range []bool{false, true} {
		if asm && !useAVX2 {
			continue
		}
		for _, c := range []struct{ k, m, p0, kc, j0, nc int }{
			{4, 16, 0, 4, 0, 16}, {7, 20, 1, 6, 0, 20}, {256, 48, 0, 256, 16, 32}, {300, 37, 44, 256, 3, 34},
			{128, 384, 0, 128, 0, 384}, {9, 5, 0, 9, 0, 5}, {3, 18, 0, 3, 0, 18}, {33, 19, 2, 31, 1, 18},
		} {
			t.Run(fmt.Sprintf("asm=%v/k=%d,m=%d,p0=%d,kc=%d,j0=%d,nc=%d", asm, c.k, c.m, c.p0, c.kc, c.j0, c.nc), func(t *testing.T) {
				old := useAVX2
				useAVX2 = asm
				defer func() { useAVX2 = old }()
				w := make([]float32, c.k*c.m)
				for i := range w {
					w[i] = float32(i + 1)
				}
				b := operand{w, 1, c.k}
				strips := (c.nc + gemmNR - 1) / gemmNR
				got := nanBuf(strips*c.kc*gemmNR + 16)
				for s := 0; s < strips; s++ {
					packBStrip(got, b, c.p0, c.kc, c.j0, c.nc, s)
				}
				for s := 0; s < strips; s++ {
					for l := 0; l < c.kc; l++ {
						for j := 0; j < gemmNR; j++ {
							want := float32(0)
							if col := s*gemmNR + j; col < c.nc {
								want = w[(c.j0+col)*c.k+c.p0+l]
							}
							if g := got[(s*c.kc+l)*gemmNR+j]; !sameBits(g, want) {
								t.Fatalf("strip %d, l %d, j %d: %v, want %v", s, l, j, g, want)
							}
						}
					}
				}
				for i := strips * c.kc * gemmNR; i < len(got); i++ {
					if !math.IsNaN(float64(got[i])) {
						t.Fatalf("stray write at %d", i)
					}
				}
			})
		}
	}
}
