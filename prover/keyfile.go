package prover

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/plonk"
)

// Key file layout (version 1), all integers big-endian:
//
//	magic    "POAKEY\x00\x00" (8 bytes)
//	version  uint32 (KeyFileVersion)
//	kind     uint32 (1 proving key, 2 verifying key)
//	hdrLen   uint32, then hdrLen bytes of KeyMeta JSON
//	bodyLen  uint64, then the gnark key: proving keys raw (WriteRawTo), verifying keys
//	         compressed and checked on read (WriteTo)
//	checksum sha256 of every byte before it (32 bytes)
const KeyFileVersion = 1

var keyMagic = []byte("POAKEY\x00\x00")

const (
	kindPK uint32 = 1
	kindVK uint32 = 2
)

// WriteKeys writes the proving key (when k holds one) to pkPath and the verifying key to
// vkPath, each atomically. An empty pkPath writes only the verifying key.
func (k *Keys) WriteKeys(pkPath, vkPath string) error {
	if pkPath != "" {
		if !k.CanProve() {
			return fmt.Errorf("write %s: keys hold no proving key", pkPath)
		}
		var body io.WriterTo = k.g16.pk
		if k.Meta.Backend == Plonk {
			body = k.plk.pk
		}
		raw := body.(interface {
			WriteRawTo(io.Writer) (int64, error)
		})
		if err := writeKeyFile(pkPath, kindPK, k.Meta, func(w io.Writer) error { _, err := raw.WriteRawTo(w); return err }); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := k.writeVK(&buf); err != nil {
		return err
	}
	return writeKeyFile(vkPath, kindVK, k.Meta, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
}

func writeKeyFile(path string, kind uint32, meta KeyMeta, body func(io.Writer) error) error {
	hdr, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	// The body length is needed before the body: serialize to memory first.
	var b bytes.Buffer
	if err := body(&b); err != nil {
		return fmt.Errorf("serialize key for %s: %w", path, err)
	}
	return writeFileAtomic(path, func(w io.Writer) error {
		h := sha256.New()
		mw := io.MultiWriter(w, h)
		var pre []byte
		pre = append(pre, keyMagic...)
		pre = binary.BigEndian.AppendUint32(pre, KeyFileVersion)
		pre = binary.BigEndian.AppendUint32(pre, kind)
		pre = binary.BigEndian.AppendUint32(pre, uint32(len(hdr)))
		pre = append(pre, hdr...)
		pre = binary.BigEndian.AppendUint64(pre, uint64(b.Len()))
		if _, err := mw.Write(pre); err != nil {
			return err
		}
		if _, err := mw.Write(b.Bytes()); err != nil {
			return err
		}
		_, err := w.Write(h.Sum(nil))
		return err
	})
}

// keyFile is a decoded key file: header and body, checksum verified.
type keyFile struct {
	kind uint32
	meta KeyMeta
	body []byte
}

// decodeKeyFile reads a whole key file from r; name labels errors.
func decodeKeyFile(r io.Reader, name string) (*keyFile, error) {
	h := sha256.New()
	tr := io.TeeReader(r, h)
	bad := func(why string, a ...any) error {
		return fmt.Errorf("%s: %w: %s", name, ErrKeyFile, fmt.Sprintf(why, a...))
	}
	pre := make([]byte, 8+4+4+4)
	if _, err := io.ReadFull(tr, pre); err != nil {
		return nil, bad("truncated header")
	}
	if !bytes.Equal(pre[:8], keyMagic) {
		return nil, bad("not a poa key file (bad magic)")
	}
	if v := binary.BigEndian.Uint32(pre[8:]); v != KeyFileVersion {
		return nil, bad("format version %d, this poa reads %d", v, KeyFileVersion)
	}
	kf := &keyFile{kind: binary.BigEndian.Uint32(pre[12:])}
	if kf.kind != kindPK && kf.kind != kindVK {
		return nil, bad("unknown key kind %d", kf.kind)
	}
	hl := binary.BigEndian.Uint32(pre[16:])
	if hl > 1<<16 {
		return nil, bad("header of %d bytes", hl)
	}
	hdr := make([]byte, hl)
	if _, err := io.ReadFull(tr, hdr); err != nil {
		return nil, bad("truncated header")
	}
	if err := json.Unmarshal(hdr, &kf.meta); err != nil {
		return nil, bad("header: %v", err)
	}
	var bl [8]byte
	if _, err := io.ReadFull(tr, bl[:]); err != nil {
		return nil, bad("truncated header")
	}
	n := binary.BigEndian.Uint64(bl[:])
	if n > 1<<34 {
		return nil, bad("body of %d bytes", n)
	}
	// Read in chunks so that a lying length cannot allocate more than the file holds.
	var body bytes.Buffer
	if _, err := io.CopyN(&body, tr, int64(n)); err != nil {
		return nil, bad("truncated body (%d of %d bytes)", body.Len(), n)
	}
	kf.body = body.Bytes()
	sum := h.Sum(nil)
	var got [32]byte
	if _, err := io.ReadFull(r, got[:]); err != nil {
		return nil, bad("missing checksum")
	}
	if !bytes.Equal(sum, got[:]) {
		return nil, bad("checksum mismatch: the file is corrupt")
	}
	if _, err := r.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		return nil, bad("trailing data after the checksum")
	}
	if err := kf.meta.check(); err != nil {
		return nil, bad("%v", err)
	}
	return kf, nil
}

func (m KeyMeta) check() error {
	if m.Circuit != CircuitSplit {
		return fmt.Errorf("circuit %q, this poa proves %q", m.Circuit, CircuitSplit)
	}
	if _, err := ParseBackend(string(m.Backend)); err != nil {
		return err
	}
	if m.Size < 1 || m.Size > 1024 {
		return fmt.Errorf("size %d", m.Size)
	}
	if m.Curve != "bn254" || m.Gnark != GnarkVersion {
		return fmt.Errorf("key for %s with gnark %s, this poa uses bn254 with gnark %s", m.Curve, m.Gnark, GnarkVersion)
	}
	if len(m.KeyID) != 64 {
		return fmt.Errorf("key id %q", m.KeyID)
	}
	return nil
}

func openKeyFile(path string, want uint32) (*keyFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("key file: %w", err)
	}
	defer f.Close()
	kf, err := decodeKeyFile(bufio.NewReaderSize(f, 1<<20), path)
	if err != nil {
		return nil, err
	}
	if kf.kind != want {
		names := map[uint32]string{kindPK: "proving", kindVK: "verifying"}
		return nil, fmt.Errorf("%s: %w: holds a %s key, want a %s key", path, ErrKeyFile, names[kf.kind], names[want])
	}
	return kf, nil
}

// LoadVerifyingKey reads a verifying key file (no constraint system is compiled).
func LoadVerifyingKey(vkPath string) (*Keys, error) {
	kf, err := openKeyFile(vkPath, kindVK)
	if err != nil {
		return nil, err
	}
	k := &Keys{Meta: kf.meta}
	if kf.meta.Backend == Plonk {
		k.plk.vk = plonk.NewVerifyingKey(ecc.BN254)
		_, err = k.plk.vk.ReadFrom(bytes.NewReader(kf.body))
	} else {
		k.g16.vk = groth16.NewVerifyingKey(ecc.BN254)
		_, err = k.g16.vk.ReadFrom(bytes.NewReader(kf.body))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w: verifying key: %v", vkPath, ErrKeyFile, err)
	}
	id, err := k.vkID()
	if err != nil {
		return nil, err
	}
	if id != kf.meta.KeyID {
		return nil, fmt.Errorf("%s: %w: verifying key hashes to %s, header says %s", vkPath, ErrKeyFile, id[:16], kf.meta.KeyID[:16])
	}
	return k, nil
}

// LoadKeys reads a proving and a verifying key file of the same setup and compiles the
// circuit for proving. Files of different setups fail with ErrKeyMismatch.
func LoadKeys(pkPath, vkPath string) (*Keys, error) {
	k, err := LoadVerifyingKey(vkPath)
	if err != nil {
		return nil, err
	}
	kf, err := openKeyFile(pkPath, kindPK)
	if err != nil {
		return nil, err
	}
	if kf.meta.KeyID != k.Meta.KeyID || kf.meta.Backend != k.Meta.Backend || kf.meta.Size != k.Meta.Size {
		return nil, fmt.Errorf("proving key %s (%s, size %d, id %.16s) and verifying key %s (%s, size %d, id %.16s): %w",
			pkPath, kf.meta.Backend, kf.meta.Size, kf.meta.KeyID, vkPath, k.Meta.Backend, k.Meta.Size, k.Meta.KeyID, ErrKeyMismatch)
	}
	if k.Meta.Backend == Plonk {
		k.plk.pk = plonk.NewProvingKey(ecc.BN254)
		_, err = k.plk.pk.(interface {
			UnsafeReadFrom(io.Reader) (int64, error)
		}).UnsafeReadFrom(bytes.NewReader(kf.body))
	} else {
		k.g16.pk = groth16.NewProvingKey(ecc.BN254)
		_, err = k.g16.pk.UnsafeReadFrom(bytes.NewReader(kf.body))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w: proving key: %v", pkPath, ErrKeyFile, err)
	}
	if k.ccs, err = Compile(k.Meta.Backend, k.Meta.Size); err != nil {
		return nil, err
	}
	if k.ccs.GetNbConstraints() != k.Meta.Constraints {
		return nil, fmt.Errorf("%s: %w: made for a circuit of %d constraints, this poa's has %d (regenerate the keys)",
			pkPath, ErrKeyMismatch, k.Meta.Constraints, k.ccs.GetNbConstraints())
	}
	return k, nil
}
