package datanet

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"poa/store"
)

//go:embed bundled/devil.index bundled/devil.dict.dz bundled/jargon-sample.jsonl
var bundledFS embed.FS

// BundledDatanet describes a datanet shipped inside the binary, so that the demo runs
// with no download. Both texts are in the public domain (see bundled/README.md).
type BundledDatanet struct {
	Name, Title, License, Owner string
	// Contributor is the default contributor of records that name none.
	Contributor string
	files       []string
	format      Format
}

// Demo addresses: sha256("poa demo contributor <name>")[:20], EIP-55 checksummed.
const (
	DemoOwner       = "0x4ecBfb96b9EA6b61ba444a7a4652caF37eD5826E"
	DemoDevilAuthor = "0x6B2AC46c6567877c05D1f141C681cFf49E3B70A4"
)

// Bundled lists the bundled datanets.
func Bundled() []BundledDatanet {
	return []BundledDatanet{
		{Name: "devil", Title: "The Devil's Dictionary (Ambrose Bierce, 1911)", License: "public-domain",
			Owner: DemoOwner, Contributor: DemoDevilAuthor, format: Dictd,
			files: []string{"bundled/devil.index", "bundled/devil.dict.dz"}},
		{Name: "jargon", Title: "The Jargon File 4.4.7 (300 entries)", License: "public-domain",
			Owner: DemoOwner, format: JSONL, files: []string{"bundled/jargon-sample.jsonl"}},
	}
}

// Records parses the bundled datanet's files.
func (b BundledDatanet) Records() ([]Record, error) {
	switch b.format {
	case Dictd:
		idx, err := fs.ReadFile(bundledFS, b.files[0])
		if err != nil {
			return nil, err
		}
		dz, err := fs.ReadFile(bundledFS, b.files[1])
		if err != nil {
			return nil, err
		}
		dict, err := gunzip(dz)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", b.files[1], err)
		}
		return ParseDictd(bytes.NewReader(idx), dict, "bundled/"+b.Name, nil)
	case JSONL:
		f, err := bundledFS.Open(b.files[0])
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ParseJSONL(f, b.files[0], nil)
	}
	return nil, ErrFormat
}

// ImportBundled creates each bundled datanet that does not exist yet and imports its
// records. It is idempotent: a datanet already present is left as it is.
func ImportBundled(ctx context.Context, st *store.Store, countTokens func(string) int) ([]store.ImportResult, error) {
	var out []store.ImportResult
	for _, b := range Bundled() {
		if _, err := st.Datanet(b.Name); err == nil {
			continue
		} else if !errors.Is(err, store.ErrNotFound) {
			return out, err
		}
		recs, err := b.Records()
		if err != nil {
			return out, err
		}
		if err := st.CreateDatanet(store.Datanet{Name: b.Name, Title: b.Title, License: b.License, Owner: b.Owner}); err != nil {
			return out, err
		}
		res, err := ImportRecords(ctx, st, b.Name, recs, ImportOptions{Contributor: b.Contributor, CountTokens: countTokens})
		if err != nil {
			return out, fmt.Errorf("bundled datanet %s: %w", b.Name, err)
		}
		out = append(out, res)
	}
	return out, nil
}
