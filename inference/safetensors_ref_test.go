package inference

import (
	"bytes"
	"testing"

	ref "github.com/nlpodyssey/safetensors"
)

// The files we write must satisfy an independent, strict reader (a Go port of the
// Rust reference implementation that Hugging Face uses), tensor by tensor.
func TestEncodeReadsWithReferenceImplementation(t *testing.T) {
	m := randModel(t, testCfg, 31)
	b := EncodeParams(m.P, map[string]string{"format": "pt"})
	st, err := ref.Deserialize(b)
	if err != nil {
		t.Fatalf("reference reader rejects our file: %v", err)
	}
	if st.Len() != len(m.P.Tensors) {
		t.Fatalf("reference reader sees %d tensors, we wrote %d", st.Len(), len(m.P.Tensors))
	}
	ours, _ := ParseSafetensors(b)
	for _, ts := range m.P.Tensors {
		v, ok := st.Tensor(ts.Name)
		if !ok {
			t.Fatalf("tensor %q missing for the reference reader", ts.Name)
		}
		if v.DType().String() != "F32" || len(v.Shape()) != len(ts.Shape) {
			t.Fatalf("tensor %q: %s %v", ts.Name, v.DType(), v.Shape())
		}
		for i, d := range v.Shape() {
			if int(d) != ts.Shape[i] {
				t.Fatalf("tensor %q: shape %v, want %v", ts.Name, v.Shape(), ts.Shape)
			}
		}
		if !bytes.Equal(v.Data(), ours.Tensors[ts.Name].Data) {
			t.Fatalf("tensor %q: bytes differ", ts.Name)
		}
	}
}

// Files written by the reference implementation parse to the same tensors here.
func TestParseReferenceWrittenFile(t *testing.T) {
	data := map[string]ref.TensorView{}
	mk := func(name string, dt ref.DType, shape []uint64, raw []byte) {
		v, err := ref.NewTensorView(dt, shape, raw)
		if err != nil {
			t.Fatal(err)
		}
		data[name] = v
	}
	mk("a", ref.F32, []uint64{2, 2}, []byte{0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64}) // 1 2 3 4
	mk("h", ref.F16, []uint64{2}, []byte{0x00, 0x3c, 0x00, 0xc0})                                     // 1 -2
	mk("b", ref.BF16, []uint64{1}, []byte{0x80, 0x3f})                                                // 1
	b, err := ref.Serialize(data, map[string]string{"k": "v"})
	if err != nil {
		t.Fatal(err)
	}
	st, err := ParseSafetensors(b)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]float32{"a": {1, 2, 3, 4}, "h": {1, -2}, "b": {1}}
	for name, w := range want {
		got := st.Tensors[name].Floats()
		for i := range w {
			if got[i] != w[i] {
				t.Fatalf("%s = %v, want %v", name, got, w)
			}
		}
	}
	if st.Metadata["k"] != "v" {
		t.Fatalf("metadata %v", st.Metadata)
	}
}
