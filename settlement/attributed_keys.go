package settlement

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"
	"time"

	"poa/prover"
	"poa/store"
)

// AttributedKeyDir is where st's data directory keeps the attributed split keys of
// shape (files/keys/attributed-<shape>/: prover.SaveAttributed's layout).
func AttributedKeyDir(st *store.Store, shape prover.AttributedShape) (string, error) {
	return st.FilePath("keys", "attributed-"+shape.String())
}

var (
	fileAttributedMu   sync.Mutex
	fileAttributedKeys = map[string]*prover.AttributedKeys{} // by key directory
)

// AttributedKeyFiles is the attributed split keys of the data directory: the development
// keys of a shape (prover.SetupAttributed with prover.DevBeacon, the keys of the
// committed verifiers) kept under AttributedKeyDir, set up and saved the first time
// (43–61 s for n64-r16-c16 on the shared 2 cores) and loaded after that (compile,
// hash and read: 0.3–0.6 s). Keys that fail prover.LoadAttributedKeys's checks (made for another
// circuit, whose constraint system hashes otherwise; another gnark or shape; a corrupt
// or truncated file: prover.ErrKeyFile) are set up again and overwrite them, with a
// warning through log (nil: slog.Default()) naming the directory and the reason; any
// other read error is returned. Keys are kept for the process once loaded; keys this
// process already set up for DevAttributedKeySource are saved rather than set up
// again, and keys it sets up serve DevAttributedKeySource and other data directories
// of the process (the development setup is deterministic). Settle and Resume use it when
// Options.AttributedKeys is nil.
func AttributedKeyFiles(st *store.Store, log *slog.Logger) AttributedKeySource {
	if log == nil {
		log = slog.Default()
	}
	return func(ctx context.Context, shape prover.AttributedShape) (*prover.AttributedKeys, error) {
		dir, err := AttributedKeyDir(st, shape)
		if err != nil {
			return nil, err
		}
		fileAttributedMu.Lock()
		defer fileAttributedMu.Unlock()
		if k := fileAttributedKeys[dir]; k != nil {
			return k, nil
		}
		t0 := time.Now()
		k, err := prover.LoadAttributedKeys(ctx, dir, shape)
		switch {
		case err == nil:
			log.Info("attributed split keys loaded", "shape", shape.String(), "dir", dir, "seconds", time.Since(t0).Seconds())
			fileAttributedKeys[dir] = k
			return k, nil
		case errors.Is(err, prover.ErrKeyFile):
			log.Warn("attributed split keys unusable: setting them up again", "shape", shape.String(), "dir", dir, "err", err)
		case errors.Is(err, fs.ErrNotExist):
		default:
			return nil, fmt.Errorf("attributed split keys %s in %s: %w", shape, dir, err)
		}
		devAttributedMu.Lock()
		k = devAttributedKeys[shape]
		devAttributedMu.Unlock()
		if k == nil {
			if k, err = prover.SetupAttributed(ctx, shape, prover.DevBeacon); err != nil {
				return nil, fmt.Errorf("attributed split keys %s: %w", shape, err)
			}
			log.Info("attributed split keys set up", "shape", shape.String(), "constraints", k.Constraints, "seconds", time.Since(t0).Seconds())
			devAttributedMu.Lock()
			devAttributedKeys[shape] = k
			devAttributedMu.Unlock()
		}
		if err := prover.SaveAttributed(dir, k); err != nil {
			log.Warn("attributed split keys not saved: the next process sets them up again", "shape", shape.String(), "dir", dir, "err", err)
		}
		fileAttributedKeys[dir] = k
		return k, nil
	}
}
