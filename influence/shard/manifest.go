package shard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"poa/influence/sarray"
)

// FormatVersion is the version of set.json and of each shard's manifest.json.
const FormatVersion = 1

// File names inside a set directory and a shard directory.
const (
	SetFile      = "set.json"
	ManifestFile = "manifest.json"
	IndexFile    = "corpus.sa"
	DocsFile     = "docs.bin"
)

// FileSum is the size and sha256 of one file of a shard.
type FileSum struct {
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Manifest describes one shard directory (manifest.json).
type Manifest struct {
	Format    int                `json:"format"`
	Shard     int                `json:"shard"` // position in the set when built
	Of        int                `json:"of"`    // shards in the set when built
	FirstDoc  int64              `json:"first_doc"`
	Docs      int64              `json:"docs"`
	Tokens    int64              `json:"tokens"` // separators included
	Width     int                `json:"width"`
	Corpus    string             `json:"corpus"` // sarray.CorpusVersion of this shard's documents
	Tokenizer string             `json:"tokenizer"`
	TokName   string             `json:"tokenizer_name"`
	Files     map[string]FileSum `json:"files"`
	SortSec   float64            `json:"sort_seconds"`
}

// ShardRef is a shard's entry in the set manifest.
type ShardRef struct {
	Dir            string `json:"dir"` // relative to the set directory
	FirstDoc       int64  `json:"first_doc"`
	Docs           int64  `json:"docs"`
	Tokens         int64  `json:"tokens"`
	Bytes          int64  `json:"bytes"` // corpus.sa + docs.bin
	ManifestSHA256 string `json:"manifest_sha256"`
}

// Set is the set manifest (set.json).
type Set struct {
	Format    int                            `json:"format"`
	Corpus    string                         `json:"corpus"` // sarray.CorpusVersion of all documents in set order
	Tokenizer string                         `json:"tokenizer"`
	TokName   string                         `json:"tokenizer_name"`
	Model     string                         `json:"model,omitempty"`
	Requested int                            `json:"requested_shards"`
	Shards    []ShardRef                     `json:"shards"`
	Counts    map[string]sarray.DatanetCount `json:"counts"` // committed points per datanet (sarray.Staleness)
	Datanets  []string                       `json:"datanets"`
	Docs      int64                          `json:"docs"`
	Tokens    int64                          `json:"tokens"`
	Bytes     int64                          `json:"bytes"`
	Runner    string                         `json:"runner"`
	Built     time.Time                      `json:"built"`
	BuildSec  float64                        `json:"build_seconds"`
}

// writeShard builds and writes one shard directory: the suffix array of docs (in
// order) as corpus.sa, their table as docs.bin, then manifest.json. Files are written
// under temporary names and renamed, the manifest last, so a shard with a manifest is
// complete. It returns the manifest.
func writeShard(ctx context.Context, dir string, m Manifest, vocab, eot int, tokHash sarray.Hash, refs []sarray.DocRef, docs [][]int32) (Manifest, error) {
	b := sarray.NewBuilder(vocab, eot)
	total := 0
	for _, d := range docs {
		total += len(d) + 1
	}
	b.Grow(total, len(docs))
	ids := []int{}
	for i, d := range docs {
		ids = ids[:0]
		for _, t := range d {
			ids = append(ids, int(t))
		}
		if err := b.Add(ids); err != nil {
			return m, fmt.Errorf("shard %d: data point %s/%s: %w", m.Shard, refs[i].Datanet, refs[i].Point, err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return m, fmt.Errorf("shard: %w", err)
	}
	corpus := sarray.CorpusVersion(refs)
	table, err := sarray.EncodeDocTable(refs)
	if err != nil {
		return m, err
	}
	if err := writeAtomic(filepath.Join(dir, DocsFile), table); err != nil {
		return m, err
	}
	st, err := b.Write(ctx, filepath.Join(dir, IndexFile), sarray.Identity{Corpus: corpus, Tokenizer: tokHash, TokName: m.TokName}, nil)
	if err != nil {
		return m, err
	}
	m.Format, m.Docs, m.Tokens, m.Width = FormatVersion, st.Docs, st.Tokens, st.Width
	m.Corpus, m.Tokenizer, m.SortSec = corpus.String(), tokHash.String(), st.SortTime.Seconds()
	m.Files = map[string]FileSum{}
	for _, f := range []string{IndexFile, DocsFile} {
		s, err := sumFile(filepath.Join(dir, f))
		if err != nil {
			return m, err
		}
		m.Files[f] = s
	}
	j, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, err
	}
	return m, writeAtomic(filepath.Join(dir, ManifestFile), append(j, '\n'))
}

// versioned is a shard manifest of any kind (index, sketch or embedding shard): it
// names the format version it was written in.
type versioned interface {
	formatVersion() int
}

func (m Manifest) formatVersion() int       { return m.Format }
func (m SketchManifest) formatVersion() int { return m.Format }
func (m EmbedManifest) formatVersion() int  { return m.Format }

// readManifest reads the manifest.json of a shard of the given kind ("shard",
// "embedding shard", …, for errors) and returns it with its sha256: ErrFormat for
// JSON that does not decode or another format version.
func readManifest[M versioned](dir, kind string) (M, string, error) {
	var m M
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return m, "", fmt.Errorf("shard: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, "", fmt.Errorf("%s %s: %w: manifest: %v", kind, dir, sarray.ErrFormat, err)
	}
	if v := m.formatVersion(); v != FormatVersion {
		return m, "", fmt.Errorf("%s %s: %w: manifest format %d (this poa reads %d)", kind, dir, sarray.ErrFormat, v, FormatVersion)
	}
	return m, sha256Hex(b), nil
}

// removeStale removes the entries of a set directory that stale reports (a
// replaced generation's shard folders, a failed run's leftovers), keeping the
// staging folders of a build that may be running. Errors are ignored: a leftover
// only costs disk and the next build removes it.
func removeStale(dir string, stale func(e os.DirEntry) bool) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), ".staging-") && stale(e) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// ReadSet reads dir/set.json. ErrNoSet if there is none.
func ReadSet(dir string) (Set, error) {
	return readSetFile[Set](dir, SetFile, "shard set")
}

func (s Set) formatVersion() int       { return s.Format }
func (s SketchSet) formatVersion() int { return s.Format }
func (s EmbedSet) formatVersion() int  { return s.Format }

// readSetFile reads the description of a set of the given kind ("shard set",
// "sketch set", "embedding set", for errors) from dir/file: ErrNoSet if there is
// none, ErrFormat for JSON that does not decode or another format version.
func readSetFile[S versioned](dir, file, kind string) (S, error) {
	var s S
	b, err := os.ReadFile(filepath.Join(dir, file))
	if errors.Is(err, os.ErrNotExist) {
		return s, fmt.Errorf("%w: no %s in %s", ErrNoSet, kind, dir)
	}
	if err != nil {
		return s, fmt.Errorf("shard: %w", err)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, fmt.Errorf("%s %s: %w: %v", kind, dir, sarray.ErrFormat, err)
	}
	if v := s.formatVersion(); v != FormatVersion {
		return s, fmt.Errorf("%s %s: %w: format %d (this poa reads %d)", kind, dir, sarray.ErrFormat, v, FormatVersion)
	}
	return s, nil
}

func writeSet(dir string, s Set) error {
	j, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, SetFile), append(j, '\n'))
}

func sumFile(path string) (FileSum, error) {
	f, err := os.Open(path)
	if err != nil {
		return FileSum{}, fmt.Errorf("shard: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return FileSum{}, fmt.Errorf("shard: %w", err)
	}
	return FileSum{Bytes: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

func writeAtomic(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("shard: %w", err)
	}
	tmp := f.Name()
	if _, err = f.Write(b); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("shard: write %s: %w", path, err)
	}
	return nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
