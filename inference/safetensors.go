package inference

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

// STensor is one tensor entry of a safetensors file.
type STensor struct {
	Name  string
	DType string // "F32", "F16", "BF16" or "F64"
	Shape []int
	Data  []byte // raw little-endian bytes, a sub-slice of the file buffer
}

// Safetensors is a parsed safetensors file: an 8-byte little-endian header length, a
// JSON header mapping names to {dtype, shape, data_offsets}, then the data.
type Safetensors struct {
	Tensors  map[string]*STensor
	Metadata map[string]string
}

type stHeaderEntry struct {
	DType       string `json:"dtype"`
	Shape       []int  `json:"shape"`
	DataOffsets [2]int `json:"data_offsets"`
}

func dtypeSize(d string) int {
	switch d {
	case "F32":
		return 4
	case "F16", "BF16":
		return 2
	case "F64":
		return 8
	}
	return 0
}

// maxHeader bounds the JSON header (100 MB, as the reference implementation does).
const maxHeader = 100 << 20

// ParseSafetensors parses buf (the whole file). Tensors' Data alias buf. Every entry is
// checked: known dtype, non-negative shape, byte length = product(shape)·dtype size,
// offsets inside the data section, no two tensors overlapping.
func ParseSafetensors(buf []byte) (*Safetensors, error) {
	if len(buf) < 8 {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the 8-byte header length", ErrSafetensors, len(buf))
	}
	hl := binary.LittleEndian.Uint64(buf)
	if hl > maxHeader || hl > uint64(len(buf)-8) {
		return nil, fmt.Errorf("%w: header length %d exceeds the file (%d bytes) or the 100 MB limit", ErrSafetensors, hl, len(buf))
	}
	hdr := buf[8 : 8+hl]
	data := buf[8+hl:]
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(hdr))
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%w: header JSON: %v", ErrSafetensors, err)
	}
	st := &Safetensors{Tensors: map[string]*STensor{}}
	type span struct {
		b, e int
		name string
	}
	var spans []span
	for name, r := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(r, &st.Metadata); err != nil {
				return nil, fmt.Errorf("%w: __metadata__ is not a string map: %v", ErrSafetensors, err)
			}
			continue
		}
		var e stHeaderEntry
		if err := json.Unmarshal(r, &e); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrSafetensors, name, err)
		}
		sz := dtypeSize(e.DType)
		if sz == 0 {
			return nil, fmt.Errorf("%w: tensor %q: unsupported dtype %q", ErrSafetensors, name, e.DType)
		}
		n := 1
		for _, d := range e.Shape {
			if d < 0 || (d > 0 && n > math.MaxInt32/d) {
				return nil, fmt.Errorf("%w: tensor %q: bad shape %v", ErrSafetensors, name, e.Shape)
			}
			n *= d
		}
		b, en := e.DataOffsets[0], e.DataOffsets[1]
		if b < 0 || en < b || en > len(data) {
			return nil, fmt.Errorf("%w: tensor %q: data offsets [%d, %d) outside the %d data bytes (truncated file?)", ErrSafetensors, name, b, en, len(data))
		}
		if en-b != n*sz {
			return nil, fmt.Errorf("%w: tensor %q: %d bytes for shape %v of %s (want %d)", ErrSafetensors, name, en-b, e.Shape, e.DType, n*sz)
		}
		st.Tensors[name] = &STensor{Name: name, DType: e.DType, Shape: e.Shape, Data: data[b:en:en]}
		if en > b { // an empty tensor occupies no bytes and overlaps nothing
			spans = append(spans, span{b, en, name})
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		return spans[i].b < spans[j].b || spans[i].b == spans[j].b && spans[i].name < spans[j].name
	})
	for i := 1; i < len(spans); i++ {
		if spans[i].b < spans[i-1].e {
			return nil, fmt.Errorf("%w: tensors %q and %q overlap", ErrSafetensors, spans[i-1].name, spans[i].name)
		}
	}
	return st, nil
}

// floatsInto decodes the tensor into dst (len = element count); the dtype was
// checked by ParseSafetensors.
func (t *STensor) floatsInto(dst []float32) {
	switch t.DType {
	case "F32":
		for i := range dst {
			dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
		}
	case "F64":
		for i := range dst {
			dst[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*i:])))
		}
	case "BF16":
		for i := range dst {
			dst[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(t.Data[2*i:])) << 16)
		}
	case "F16":
		for i := range dst {
			dst[i] = f16to32(binary.LittleEndian.Uint16(t.Data[2*i:]))
		}
	}
}

// Floats returns the tensor's values as float32.
func (t *STensor) Floats() []float32 {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	out := make([]float32, n)
	t.floatsInto(out)
	return out
}

func f16to32(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	frac := uint32(h) & 0x3ff
	switch {
	case exp == 0 && frac == 0:
		return math.Float32frombits(sign)
	case exp == 0: // subnormal
		f := float32(frac) / 1024 * float32(math.Pow(2, -14))
		if sign != 0 {
			return -f
		}
		return f
	case exp == 31:
		return math.Float32frombits(sign | 0xff<<23 | frac<<13)
	}
	return math.Float32frombits(sign | (exp+112)<<23 | frac<<13)
}

// NamedFloats is one float32 tensor to write.
type NamedFloats struct {
	Name  string
	Shape []int
	Data  []float32
}

// EncodeSafetensors serializes tensors (F32) in the given order with metadata.
func EncodeSafetensors(tensors []NamedFloats, meta map[string]string) []byte {
	hdr := map[string]any{}
	if len(meta) > 0 {
		hdr["__metadata__"] = meta
	}
	off := 0
	for _, t := range tensors {
		n := 4 * len(t.Data)
		hdr[t.Name] = stHeaderEntry{DType: "F32", Shape: t.Shape, DataOffsets: [2]int{off, off + n}}
		off += n
	}
	hb, _ := json.Marshal(hdr) // maps of plain values always marshal
	for len(hb)%8 != 0 {
		hb = append(hb, ' ')
	}
	out := make([]byte, 8, 8+len(hb)+off)
	binary.LittleEndian.PutUint64(out, uint64(len(hb)))
	out = append(out, hb...)
	for _, t := range tensors {
		for _, v := range t.Data {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
		}
	}
	return out
}

// ignoredTensor reports names that Hugging Face GPT-2 checkpoints carry but that are
// not parameters: the causal-mask buffers and a tied lm_head copy.
func ignoredTensor(name string) bool {
	return strings.HasSuffix(name, ".attn.bias") || strings.HasSuffix(name, ".attn.masked_bias") || name == "lm_head.weight"
}

// ParamsFromSafetensors builds float32 parameters for cfg from st, accepting names
// with or without the "transformer." prefix. It fails, naming the tensor, on a missing
// tensor, a shape that does not match cfg, or a tensor it does not know.
func ParamsFromSafetensors(cfg Config, st *Safetensors) (*Params[float32], error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	p := NewParams[float32](cfg)
	byName := map[string]*STensor{}
	for name, t := range st.Tensors {
		n := strings.TrimPrefix(name, "transformer.")
		if ignoredTensor(n) {
			continue
		}
		if _, dup := byName[n]; dup {
			return nil, fmt.Errorf("%w: %q appears with and without the transformer. prefix", ErrUnexpectedTensor, n)
		}
		byName[n] = t
	}
	for _, spec := range p.Tensors {
		t, ok := byName[spec.Name]
		if !ok {
			return nil, fmt.Errorf("%w: %q (config: n_layer=%d)", ErrMissingTensor, spec.Name, cfg.NLayer)
		}
		if !equalShape(t.Shape, spec.Shape) {
			return nil, fmt.Errorf("%w: %q has shape %v, config wants %v", ErrTensorShape, spec.Name, t.Shape, spec.Shape)
		}
		t.floatsInto(p.Data[spec.Off : spec.Off+spec.Size])
		delete(byName, spec.Name)
	}
	for n := range byName {
		return nil, fmt.Errorf("%w: %q (checkpoint has more layers than n_layer=%d, or is not GPT-2)", ErrUnexpectedTensor, n, cfg.NLayer)
	}
	return p, nil
}

func equalShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// EncodeParams serializes p as a Hugging Face GPT-2 safetensors file (no prefix).
func EncodeParams[T Float](p *Params[T], meta map[string]string) []byte {
	var ts []NamedFloats
	for _, t := range p.Tensors {
		d := make([]float32, t.Size)
		for i, v := range p.Data[t.Off : t.Off+t.Size] {
			d[i] = float32(v)
		}
		ts = append(ts, NamedFloats{Name: t.Name, Shape: t.Shape, Data: d})
	}
	return EncodeSafetensors(ts, meta)
}

// ReadSafetensorsFile reads and parses a safetensors file; errors name the file.
func ReadSafetensorsFile(path string) (*Safetensors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	st, err := ParseSafetensors(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return st, nil
}
