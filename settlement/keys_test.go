package settlement

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"poa/prover"
	"poa/store"
)

// TestMovedDataDirUsesItsOwnKeys: key records hold paths relative to the data
// directory, so a copied directory proves with its own files, also after the original
// is gone; a record written by an older poa with an absolute path into its own key
// folder resolves to the copy's key folder, not the original's.
func TestMovedDataDirUsesItsOwnKeys(t *testing.T) {
	devKeys(t)
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	st, err := store.Open(store.DefaultOptions(a))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := SaveKeys(st, devK)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rec.PKPath, a) {
		t.Fatalf("resolved path %s is not under %s", rec.PKPath, a)
	}
	var raw KeyRecord
	if err := st.Get(store.KindKey, rec.Name, &raw); err != nil {
		t.Fatal(err)
	}
	if filepath.IsAbs(raw.PKPath) || filepath.IsAbs(raw.VKPath) {
		t.Fatalf("stored paths are absolute: %+v", raw)
	}
	// A legacy record of the same keys under another name, with absolute paths into a.
	legacy := raw
	legacy.Name, legacy.PKPath, legacy.VKPath = "split-groth16-8", rec.PKPath, rec.VKPath
	if err := st.Put(store.KindKey, legacy.Name, legacy); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if out, err := exec.Command("cp", "-a", a, b).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	// The original's key files go away (a moved directory); a must not be used.
	if err := os.RemoveAll(filepath.Join(a, "files", "keys")); err != nil {
		t.Fatal(err)
	}
	st2, err := store.Open(store.DefaultOptions(b))
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	found, err := FindKeys(st2, prover.Groth16, 8, true)
	if err != nil {
		t.Fatalf("keys in the copied directory: %v", err)
	}
	if !strings.HasPrefix(found.PKPath, b) || !strings.HasPrefix(found.VKPath, b) {
		t.Fatalf("copied directory resolves keys to %s, %s", found.PKPath, found.VKPath)
	}
	k, err := StoredKeySource(st2)(t.Context(), prover.Groth16, 8)
	if err != nil || k.Meta.KeyID != devK.Meta.KeyID {
		t.Fatalf("load keys from the copy: %v", err)
	}
}
