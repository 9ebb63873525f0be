package contracts

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevAccounts are the embedded chain's funded accounts: Owner deploys and governs, Poster
// settles epochs (and holds OPEN to fund them), Spare is for claims and experiments.
type DevAccounts struct {
	Owner, Poster, Spare *ecdsa.PrivateKey
}

const (
	devKeysFile = "dev-keys"
	txLogFile   = "txs.log"
)

// OpenEmbedded opens the embedded chain kept in dir: a simulated backend whose genesis
// funds the dev accounts (created on first use, private keys in dir/dev-keys, mode 0600:
// development keys only) and which replays every transaction of dir/txs.log, so that
// state written by one process is seen by the next. Each mined transaction is appended
// (and fsynced) to the log. Only one process may use dir at a time (the CLI holds the
// store's lock around it). onReplay, if non-nil, is called after each replayed transaction.
func OpenEmbedded(ctx context.Context, dir string, onReplay func(done, total int)) (*Chain, *DevAccounts, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, err
	}
	keys, err := loadOrCreateKeys(filepath.Join(dir, devKeysFile), 3)
	if err != nil {
		return nil, nil, err
	}
	dev := &DevAccounts{Owner: keys[0], Poster: keys[1], Spare: keys[2]}
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = Address(k)
	}
	c := NewSimulated(addrs)
	logPath := filepath.Join(dir, txLogFile)
	txs, err := readTxLog(logPath)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	for i, raw := range txs {
		if err := ctx.Err(); err != nil {
			c.Close()
			return nil, nil, err
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			c.Close()
			return nil, nil, fmt.Errorf("%s: transaction %d: %w: %v", logPath, i+1, ErrChainLog, err)
		}
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			c.Close()
			return nil, nil, fmt.Errorf("%s: replay transaction %d (%s): %w: %v", logPath, i+1, tx.Hash().Hex(), ErrChainLog, err)
		}
		c.sim.Commit()
		if onReplay != nil {
			onReplay(i+1, len(txs))
		}
	}
	c.sent = func(raw []byte) error { return appendTxLog(logPath, raw) }
	return c, dev, nil
}

func loadOrCreateKeys(path string, n int) ([]*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		var lines []string
		for range n {
			k, err := crypto.GenerateKey()
			if err != nil {
				return nil, err
			}
			lines = append(lines, hex.EncodeToString(crypto.FromECDSA(k)))
		}
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
			return nil, err
		}
		if err := os.Rename(tmp, path); err != nil {
			return nil, err
		}
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKey, err)
	}
	var keys []*ecdsa.PrivateKey
	for i, line := range strings.Fields(string(b)) {
		k, err := crypto.HexToECDSA(line)
		if err != nil {
			return nil, fmt.Errorf("%s: key %d: %w: not a hex secp256k1 key", path, i+1, ErrKey)
		}
		keys = append(keys, k)
	}
	if len(keys) < n {
		return nil, fmt.Errorf("%s: %w: %d keys, want %d", path, ErrKey, len(keys), n)
	}
	return keys[:n], nil
}

// readTxLog reads one hex-encoded signed transaction per line. A last line without its
// newline is a write cut short by a crash (its transaction was never acknowledged) and
// is dropped, from the file too, so that the next append does not glue onto it.
func readTxLog(path string) ([][]byte, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if i := bytes.LastIndexByte(b, '\n'); i+1 != len(b) {
		b = b[:i+1]
		// Cut the torn line off the file too: the next append must start a line of its own.
		if err := os.Truncate(path, int64(i+1)); err != nil {
			return nil, fmt.Errorf("%s: drop a torn last line: %w", path, err)
		}
	}
	var out [][]byte
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		raw, err := hex.DecodeString(strings.TrimSpace(sc.Text()))
		if err != nil || len(raw) == 0 {
			return nil, fmt.Errorf("%s: line %d: %w: not a hex transaction", path, n, ErrChainLog)
		}
		out = append(out, raw)
	}
	return out, sc.Err()
}

func appendTxLog(path string, raw []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(hex.EncodeToString(raw) + "\n"); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
