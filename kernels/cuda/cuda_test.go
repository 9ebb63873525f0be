package cuda

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"poa/inference"
	"poa/kernels"
)

// The device tests compare every kernel with kernels.CPU on the same inputs, on each
// backend available: the real GPU 0 (its cuBLAS path and its own-kernel path) where
// there is one, and everywhere gcc is, the driver emulator of testdata/emu (kernels.cu
// compiled as C and run on CPU threads behind a libcuda stand-in), which exercises
// this package's driver calls, argument packing, buffer handling and the kernels'
// indexing, but not the GPU itself. TestOpenWithoutGPU and TestPTXMatchesSource run
// everywhere.

type backend struct {
	name string
	dev  *Device
}

var (
	gpuOnce sync.Once
	gpuDev  *Device
	gpuErr  error
	gpuOwn  *Device

	emuOnce sync.Once
	emuDev  *Device
	emuErr  error
	emuDir  string
	emuDrv  *driver
)

func TestMain(m *testing.M) {
	code := m.Run()
	if emuDir != "" {
		os.RemoveAll(emuDir)
	}
	os.Exit(code)
}

// emulator builds testdata/emu's libcuda stand-in with kernels.cu and opens its one
// device (own kernels only: cuBLAS needs a real GPU).
func emulator() (*Device, error) {
	emuOnce.Do(func() {
		gcc, err := exec.LookPath("gcc")
		if err != nil {
			emuErr = fmt.Errorf("no gcc to build the driver emulator: %v", err)
			return
		}
		if emuDir, err = os.MkdirTemp("", "poa-cuda-emu"); err != nil {
			emuErr = err
			return
		}
		lib := filepath.Join(emuDir, "libcuda_emu.so")
		cmd := exec.Command(gcc, "-shared", "-fPIC", "-O2", "-pthread", "-std=gnu11", "-Wall", "-Werror", "-Wno-unknown-pragmas",
			"-include", "testdata/emu/emu.h", "-x", "c", "kernels.cu", "-x", "c", "testdata/emu/libcuda_emu.c", "-o", lib, "-lm")
		if out, err := cmd.CombinedOutput(); err != nil {
			emuErr = fmt.Errorf("building the driver emulator: %v\n%s", err, out)
			return
		}
		drv, err := openDriver(lib)
		if err != nil {
			emuErr = err
			return
		}
		if emuErr = drv.init(); emuErr != nil {
			return
		}
		emuDrv = drv
		emuDev, emuErr = openDevice(drv, 0, false)
	})
	return emuDev, emuErr
}

// backends lists what the device tests run on here, or skips the test when nothing.
func backends(t testing.TB) []backend {
	t.Helper()
	gpuOnce.Do(func() {
		if gpuDev, gpuErr = Open(0); gpuErr == nil && gpuDev.UsesCUBLAS() {
			if gpuOwn, gpuErr = Open(0); gpuErr == nil {
				gpuOwn.DisableCUBLAS()
			}
		}
	})
	var bs []backend
	if gpuErr == nil {
		if gpuOwn != nil {
			bs = append(bs, backend{"gpu-cublas", gpuDev}, backend{"gpu-own", gpuOwn})
		} else {
			bs = append(bs, backend{"gpu-own", gpuDev})
		}
	}
	if testing.Short() && len(bs) > 0 {
		return bs // a GPU host: the emulator adds nothing quick
	}
	emu, emuErr := emulator()
	if emuErr == nil {
		bs = append(bs, backend{"emulator", emu})
	}
	if len(bs) == 0 {
		t.Skipf("no CUDA device here (%v) and no driver emulator (%v): see docs/gpu.md", gpuErr, emuErr)
	}
	return bs
}

// each runs f once per backend, as a subtest, with every product sent to the device
// whatever its size (SetPolicy(0, 0)).
func each(t *testing.T, f func(t *testing.T, d *Device)) {
	for _, b := range backends(t) {
		b.dev.SetPolicy(0, 0)
		t.Run(b.name, func(t *testing.T) { f(t, b.dev) })
	}
}

// slow skips a case of work multiply-adds (or elements) on the emulator under
// -short: its barriers are OS-thread barriers, ~10 µs each, and CI's budget is short.
func slow(t *testing.T, d *Device, work int) {
	t.Helper()
	if testing.Short() && d == emuDev && work > 1<<21 {
		t.Skipf("%d multiply-adds on the emulator: runs without -short", work)
	}
}

// device is the first backend (the GPU when there is one).
func device(t testing.TB) *Device { return backends(t)[0].dev }

func TestOpenWithoutGPU(t *testing.T) {
	_, err := Open(0)
	if err == nil {
		t.Skip("a CUDA device is present: the no-GPU path is not reachable here")
	}
	if !errors.Is(err, ErrNoDriver) && !errors.Is(err, ErrNoDevice) {
		t.Fatalf("Open without a GPU: %v; want an error wrapping ErrNoDriver or ErrNoDevice", err)
	}
	if _, derr := Devices(); !errors.Is(derr, ErrNoDriver) && !errors.Is(derr, ErrNoDevice) {
		t.Fatalf("Devices without a GPU: %v", derr)
	}
	t.Logf("as expected: %v", err)
	if _, err := Open(-1); err == nil {
		t.Fatal("Open(-1) succeeded")
	}
}

func TestPTXMatchesSource(t *testing.T) {
	src, err := os.ReadFile("kernels.cu")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(src)
	if got, want := strings.TrimSpace(ptxSource), hex.EncodeToString(sum[:]); got != want {
		t.Fatalf("kernels.ptx was built from kernels.cu %s, the file is now %s: run `go generate ./kernels/cuda` (needs nvcc, `make cuda-ptx`)", got, want)
	}
	for _, n := range kernelNames {
		if !strings.Contains(ptx, ".entry "+n+"(") {
			t.Errorf("kernels.ptx has no entry %s", n)
		}
	}
	if v := ptxVersion(); v != "7.8" {
		t.Errorf("PTX ISA %s: docs/gpu.md promises 7.8 (CUDA 11.8, drivers ≥ 520)", v)
	}
	if !strings.Contains(ptx, ".target sm_70") {
		t.Error("PTX is not built for the virtual architecture compute_70 (the driver JITs it for newer GPUs)")
	}
}

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.NormFloat64())
	}
	return s
}

// near fails unless |got-want| ≤ tol·(1+|want|) elementwise.
func near(t *testing.T, what string, got, want []float32, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d elements, want %d", what, len(got), len(want))
	}
	for i := range got {
		g, w := float64(got[i]), float64(want[i])
		if math.IsNaN(g) || math.Abs(g-w) > tol*(1+math.Abs(w)) {
			t.Fatalf("%s[%d] = %g, CPU has %g (tol %g)", what, i, g, w, tol)
		}
	}
}

// shapes are odd on purpose: tile edges (63, 65), single rows, K = 0.
var shapes = [][3]int{{1, 1, 1}, {3, 5, 7}, {17, 0, 9}, {63, 64, 65}, {65, 17, 129}, {130, 300, 70}, {256, 768, 2304 / 4}}

func TestProducts(t *testing.T) {
	each(t, func(t *testing.T, d *Device) {
		r := rand.New(rand.NewPCG(1, 2))
		cpu := kernels.CPU[float32]{}
		for _, s := range shapes {
			n, k, m := s[0], s[1], s[2]
			tol := 1e-5 * math.Sqrt(float64(k)+1) * 4
			t.Run(fmt.Sprintf("%dx%dx%d", n, k, m), func(t *testing.T) {
				slow(t, d, n*k*m)
				x, w, bias := randSlice(r, n*k), randSlice(r, k*m), randSlice(r, m)
				got, want := make([]float32, n*m), make([]float32, n*m)
				d.MatMul(got, x, w, bias, n, k, m)
				cpu.MatMul(want, x, w, bias, n, k, m)
				near(t, "MatMul", got, want, tol)
				d.MatMul(got, x, w, nil, n, k, m)
				cpu.MatMul(want, x, w, nil, n, k, m)
				near(t, "MatMul (no bias)", got, want, tol)

				wt := randSlice(r, m*k)
				base := randSlice(r, n*m)
				copy(got, base)
				copy(want, base)
				d.MatMulNT(got, x, wt, n, k, m, true)
				cpu.MatMulNT(want, x, wt, n, k, m, true)
				near(t, "MatMulNT acc", got, want, tol)
				d.MatMulNT(got, x, wt, n, k, m, false)
				cpu.MatMulNT(want, x, wt, n, k, m, false)
				near(t, "MatMulNT", got, want, tol)

				b := randSlice(r, n*m)
				gotTN, wantTN := randSlice(r, k*m), make([]float32, k*m)
				copy(wantTN, gotTN)
				d.MatMulTN(gotTN, x, b, n, k, m)
				cpu.MatMulTN(wantTN, x, b, n, k, m)
				near(t, "MatMulTN", gotTN, wantTN, 1e-5*math.Sqrt(float64(n)+1)*4)

				sc, wsc := make([]float32, n*m), make([]float32, n*m)
				d.ScoreRows(sc, x, wt, n, m, k)
				cpu.ScoreRows(wsc, x, wt, n, m, k)
				near(t, "ScoreRows", sc, wsc, tol)
			})
		}
	})
}

func TestBatchedMatMulNT(t *testing.T) {
	each(t, func(t *testing.T, d *Device) {
		r := rand.New(rand.NewPCG(3, 4))
		cpu := kernels.CPU[float32]{}
		// attention's layout: per (row, head) a [T, hs] block inside [T, 3C] rows,
		// and outputs with a gap between batches that must survive untouched.
		batch, n, k, m := 12, 33, 16, 33
		sx, sw, so := n*k+5, m*k+3, n*m+7
		x, w := randSlice(r, (batch-1)*sx+n*k), randSlice(r, (batch-1)*sw+m*k)
		got := randSlice(r, (batch-1)*so+n*m)
		want := append([]float32(nil), got...)
		d.BatchedMatMulNT(got, x, w, batch, n, k, m, sx, sw, so)
		cpu.BatchedMatMulNT(want, x, w, batch, n, k, m, sx, sw, so)
		near(t, "BatchedMatMulNT", got, want, 1e-4)
	})
}

func TestRowKernels(t *testing.T) { each(t, testRowKernels) }

func testRowKernels(t *testing.T, d *Device) {
	r := rand.New(rand.NewPCG(5, 6))
	cpu := kernels.CPU[float32]{}
	for _, s := range [][2]int{{1, 1}, {3, 31}, {7, 257}, {64, 768}, {5, 5000}} {
		n, c := s[0], s[1]
		t.Run(fmt.Sprintf("%dx%d", n, c), func(t *testing.T) {
			slow(t, d, 100*n*c)
			x, w, b := randSlice(r, n*c), randSlice(r, c), randSlice(r, c)
			got, want := make([]float32, n*c), make([]float32, n*c)
			gm, gr, wm, wr := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
			d.LayerNorm(got, gm, gr, x, w, b, n, c, 1e-5)
			cpu.LayerNorm(want, wm, wr, x, w, b, n, c, 1e-5)
			near(t, "LayerNorm", got, want, 1e-5)
			near(t, "LayerNorm mean", gm, wm, 1e-6)
			near(t, "LayerNorm rstd", gr, wr, 1e-5)

			dout := randSlice(r, n*c)
			gdx, wdx := randSlice(r, n*c), make([]float32, n*c)
			copy(wdx, gdx)
			gdw, wdw, gdb, wdb := randSlice(r, c), make([]float32, c), randSlice(r, c), make([]float32, c)
			copy(wdw, gdw)
			copy(wdb, gdb)
			d.LayerNormBackward(gdx, gdw, gdb, dout, x, w, wm, wr, n, c)
			cpu.LayerNormBackward(wdx, wdw, wdb, dout, x, w, wm, wr, n, c)
			near(t, "LayerNormBackward dx", gdx, wdx, 1e-4)
			near(t, "LayerNormBackward dw", gdw, wdw, 1e-5)
			near(t, "LayerNormBackward db", gdb, wdb, 1e-5)

			d.GELU(got, x)
			cpu.GELU(want, x)
			near(t, "GELU", got, want, 1e-6)
			copy(got, dout)
			copy(want, dout)
			d.GELUBackward(got, dout, x)
			cpu.GELUBackward(want, dout, x)
			near(t, "GELUBackward", got, want, 1e-6)

			copy(got, x)
			copy(want, x)
			d.Softmax(got, n, c)
			cpu.Softmax(want, n, c)
			near(t, "Softmax", got, want, 1e-6)
		})
	}
}

func TestAdamW(t *testing.T) { each(t, testAdamW) }

func testAdamW(t *testing.T, d *Device) {
	r := rand.New(rand.NewPCG(7, 8))
	n := 100_003
	if testing.Short() && d == emuDev {
		n = 10_007
	}
	p, g, m, v := randSlice(r, n), randSlice(r, n), randSlice(r, n), randSlice(r, n)
	for i := range v {
		v[i] = float32(math.Abs(float64(v[i])))
	}
	decay := make([]bool, n)
	for i := range decay {
		decay[i] = i%3 != 0
	}
	for _, dm := range [][]bool{decay, nil} {
		gp, gm, gv := append([]float32(nil), p...), append([]float32(nil), m...), append([]float32(nil), v...)
		wp, wm, wv := append([]float32(nil), p...), append([]float32(nil), m...), append([]float32(nil), v...)
		for step := 1; step <= 3; step++ {
			d.AdamW(gp, g, gm, gv, dm, 1e-3, 0.9, 0.95, 1e-8, 0.1, step)
			kernels.CPU[float32]{}.AdamW(wp, g, wm, wv, dm, 1e-3, 0.9, 0.95, 1e-8, 0.1, step)
		}
		near(t, "AdamW params", gp, wp, 1e-6)
		near(t, "AdamW m", gm, wm, 1e-6)
		near(t, "AdamW v", gv, wv, 1e-6)
	}
}

// TestModelForwardOnDevice runs a GPT-2 forward pass with the products routed to the
// GPU (kernels.Accelerate, as `--device cuda` does) and compares the logits with the
// CPU's.
func TestModelForwardOnDevice(t *testing.T) { each(t, testModelForwardOnDevice) }

func testModelForwardOnDevice(t *testing.T, d *Device) {
	cfg := inference.Config{ModelType: "gpt2", NLayer: 2, NHead: 4, NEmbd: 128, NPositions: 64, VocabSize: 300, LayerNormEps: 1e-5}
	p := inference.NewParams[float32](cfg)
	p.Init(1)
	m := inference.NewModel(p)
	B, T := 2, 64
	toks := make([]int, B*T)
	for i := range toks {
		toks[i] = (i * 7) % cfg.VocabSize
	}
	var cpuActs, gpuActs inference.Acts[float32]
	if err := m.Forward(&cpuActs, inference.Batch[float32]{Tokens: toks, B: B, T: T}); err != nil {
		t.Fatal(err)
	}
	kernels.Accelerate(d, 1)
	defer kernels.Accelerate(nil, 0)
	if !strings.HasPrefix(kernels.Device(), "cuda:0") {
		t.Fatalf("kernels.Device() = %q", kernels.Device())
	}
	before := d.Calls()
	if err := m.Forward(&gpuActs, inference.Batch[float32]{Tokens: toks, B: B, T: T}); err != nil {
		t.Fatal(err)
	}
	// every linear layer, the attention products and the LM head: at least 4 per
	// layer plus the head.
	if n := d.Calls() - before; n < int64(4*cfg.NLayer+1) {
		t.Fatalf("the forward pass made %d device calls: the products did not go to the device", n)
	}
	near(t, "logits", gpuActs.Logits, cpuActs.Logits, 1e-3)
}

// FuzzProductShapes compares the device's products with the CPU's on fuzzed shapes.
func FuzzProductShapes(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(1), uint64(1))
	f.Add(uint8(65), uint8(0), uint8(63), uint64(2))
	f.Add(uint8(200), uint8(129), uint8(17), uint64(3))
	f.Fuzz(func(t *testing.T, n8, k8, m8 uint8, seed uint64) {
		d := device(t)
		n, k, m := int(n8)+1, int(k8), int(m8)+1
		r := rand.New(rand.NewPCG(seed, 9))
		x, w := randSlice(r, n*k), randSlice(r, m*k)
		got, want := make([]float32, n*m), make([]float32, n*m)
		d.MatMulNT(got, x, w, n, k, m, false)
		kernels.CPU[float32]{}.MatMulNT(want, x, w, n, k, m, false)
		near(t, "MatMulNT", got, want, 1e-5*math.Sqrt(float64(k)+1)*4)
		d.MatMul(got, x, w[:k*m], nil, n, k, m)
		kernels.CPU[float32]{}.MatMul(want, x, w[:k*m], nil, n, k, m)
		near(t, "MatMul", got, want, 1e-5*math.Sqrt(float64(k)+1)*4)
	})
}

func TestOpenDriverMissingLibrary(t *testing.T) {
	_, err := openDriver("libcuda-poa-test-missing.so.1")
	if !errors.Is(err, ErrNoDriver) || !strings.Contains(err.Error(), "libcuda-poa-test-missing.so.1") {
		t.Fatalf("got %v; want ErrNoDriver naming the library", err)
	}
	// a library that exists but is not the driver: its symbols are missing
	_, err = openDriver("libc.so.6")
	if !errors.Is(err, ErrNoDriver) || !strings.Contains(err.Error(), "cuInit") {
		t.Fatalf("libc as driver: %v; want ErrNoDriver naming the missing cuInit", err)
	}
}

func TestResidentMatrixScore(t *testing.T) { each(t, testResidentMatrixScore) }

func testResidentMatrixScore(t *testing.T, d *Device) {
	r := rand.New(rand.NewPCG(11, 12))
	n, k, nq := 10_007, 96, 5
	g, q := randSlice(r, n*k), randSlice(r, nq*k)
	m, err := d.Upload(g, n, k)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Free()
	got, want := make([]float32, nq*n), make([]float32, nq*n)
	m.Score(got, q, nq)
	kernels.CPU[float32]{}.ScoreRows(want, q, g, nq, n, k)
	near(t, "Matrix.Score", got, want, 1e-4)
	if bw, err := d.CopyBandwidth(64<<20, 50*time.Millisecond); err != nil || bw <= 0 {
		t.Fatalf("CopyBandwidth = %g, %v", bw, err)
	}
}

// TestOpenUseClose opens a second device on the emulator, uses it, closes it (every
// pooled buffer, the module and the context go back to the driver) and checks that a
// closed device refuses work and that an absent ordinal is a clear error.
func TestOpenUseClose(t *testing.T) {
	if _, err := emulator(); err != nil {
		t.Skip(err)
	}
	d, err := openDevice(emuDrv, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if in := d.Info(); in.Name != "poa CPU emulator" || in.ComputeCapability != "7.0" || in.Driver != "11.8" || in.PeakBandwidthGBs != 16 {
		t.Fatalf("Info = %+v", in)
	}
	out := make([]float32, 4)
	d.GELU(out, []float32{-1, 0, 1, 2})
	if len(d.free) == 0 {
		t.Fatal("no buffer went back to the pool")
	}
	if err := d.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("a closed device ran a kernel")
			}
		}()
		d.GELU(out, []float32{1})
	}()
	if _, err := openDevice(emuDrv, 1, false); !errors.Is(err, ErrNoDevice) {
		t.Fatalf("ordinal 1 of 1: %v", err)
	}
}

// TestPolicy: under the default policy a decode-sized product (one row: every weight
// copied for one use) and a one-query scan stay on the CPU, a training-sized product
// goes to the device, and the results are the CPU's either way.
func TestPolicy(t *testing.T) {
	each(t, func(t *testing.T, d *Device) {
		d.SetPolicy(DefaultMinWork, DefaultMinIntensity)
		defer d.SetPolicy(0, 0)
		r := rand.New(rand.NewPCG(13, 14))
		cpu := kernels.CPU[float32]{}
		for _, c := range []struct {
			n, k, m int
			device  bool
		}{{1, 768, 2304, false}, {2, 2048, 4096, false}, {256, 128, 384, true}} {
			x, w := randSlice(r, c.n*c.k), randSlice(r, c.m*c.k)
			got, want := make([]float32, c.n*c.m), make([]float32, c.n*c.m)
			before := d.Calls()
			d.MatMulNT(got, x, w, c.n, c.k, c.m, false)
			cpu.MatMulNT(want, x, w, c.n, c.k, c.m, false)
			if went := d.Calls() > before; went != c.device {
				t.Errorf("%d×%d·%d: on the device = %v, want %v", c.n, c.k, c.m, went, c.device)
			}
			near(t, "MatMulNT", got, want, 1e-4)
			before = d.Calls()
			d.ScoreRows(got[:c.m], x[:c.k], w, 1, c.m, c.k)
			if d.Calls() != before {
				t.Errorf("a one-query scan of %d rows went to the device", c.m)
			}
		}
	})
}

// TestConcurrentCalls: Ops must be safe for concurrent use; goroutines sharing one
// device get their own results (the device serialises them; buffers come and go
// through one pool).
func TestConcurrentCalls(t *testing.T) {
	each(t, func(t *testing.T, d *Device) {
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for gi := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(gi), 21))
				n, k, m := 9+gi, 17, 33-gi
				x, w := randSlice(r, n*k), randSlice(r, m*k)
				got, want := make([]float32, n*m), make([]float32, n*m)
				for range 3 {
					d.MatMulNT(got, x, w, n, k, m, false)
					kernels.CPU[float32]{}.MatMulNT(want, x, w, n, k, m, false)
					for i := range got {
						if math.Abs(float64(got[i]-want[i])) > 1e-4*(1+math.Abs(float64(want[i]))) {
							errs <- fmt.Errorf("goroutine %d: element %d = %g, want %g", gi, i, got[i], want[i])
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	})
}
