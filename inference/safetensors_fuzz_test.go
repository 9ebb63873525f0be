package inference

import (
	"bytes"
	"testing"

	ref "github.com/nlpodyssey/safetensors"
)

// FuzzSafetensors feeds arbitrary bytes to the parser: it must return an error or a
// file whose every tensor lies inside the buffer with the byte length its shape
// states, and re-encoding a parsed F32 file must parse to the same tensors.
func FuzzSafetensors(f *testing.F) {
	f.Add(EncodeSafetensors([]NamedFloats{{"a", []int{2, 3}, []float32{1, 2, 3, 4, 5, 6}}}, map[string]string{"format": "pt"}))
	f.Add(EncodeSafetensors([]NamedFloats{{"x", []int{0}, nil}, {"y", []int{1}, []float32{7}}}, nil))
	f.Add([]byte("\x10\x00\x00\x00\x00\x00\x00\x00{\"a\":{\"dtype\":\"F16\",\"shape\":[1],\"data_offsets\":[0,2]}}  \x00\x3c"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := ParseSafetensors(b)
		// Differential: a file the reference implementation accepts, holding only
		// float dtypes we read, must parse here with the same bytes.
		if rst, rerr := ref.Deserialize(b); rerr == nil {
			floats := true
			for _, v := range rst.Tensors() {
				if dtypeSize(v.TensorView.DType().String()) == 0 {
					floats = false
				}
			}
			if floats {
				if err != nil {
					t.Fatalf("reference accepts, we reject: %v", err)
				}
				for _, v := range rst.Tensors() {
					if !bytes.Equal(v.TensorView.Data(), st.Tensors[v.Name].Data) {
						t.Fatalf("tensor %q: bytes differ from the reference reader", v.Name)
					}
				}
			}
		}
		if err != nil {
			return
		}
		var ts []NamedFloats
		for name, tn := range st.Tensors {
			n := 1
			for _, d := range tn.Shape {
				n *= d
			}
			if len(tn.Data) != n*dtypeSize(tn.DType) {
				t.Fatalf("tensor %q: %d bytes for %d elements of %s", name, len(tn.Data), n, tn.DType)
			}
			ts = append(ts, NamedFloats{name, tn.Shape, tn.Floats()})
		}
		st2, err := ParseSafetensors(EncodeSafetensors(ts, st.Metadata))
		if err != nil {
			t.Fatalf("re-encoded file does not parse: %v", err)
		}
		for name, tn := range st2.Tensors {
			a := EncodeSafetensors([]NamedFloats{{name, tn.Shape, tn.Floats()}}, nil)
			o := st.Tensors[name]
			b := EncodeSafetensors([]NamedFloats{{name, o.Shape, o.Floats()}}, nil)
			if !bytes.Equal(a, b) {
				t.Fatalf("tensor %q changed in re-encoding", name)
			}
		}
	})
}
