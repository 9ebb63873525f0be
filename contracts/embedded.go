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
	"strconv"
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
// state written by one process is seen by the next. Each mined transaction and each
// AdvanceTime is appended (and fsynced) to the log; the chain's virtual clock (GenesisTime)
// makes the replayed blocks' timestamps equal the original ones. Only one process may use dir at a time (the CLI holds the
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
	for i, e := range txs {
		if err := ctx.Err(); err != nil {
			c.Close()
			return nil, nil, err
		}
		if e.advance > 0 {
			if err := adjustTime(ctx, c.sim, e.advance); err != nil {
				c.Close()
				return nil, nil, fmt.Errorf("%s: entry %d: advance %ds: %w: %v", logPath, i+1, e.advance, ErrChainLog, err)
			}
		} else {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(e.tx); err != nil {
				c.Close()
				return nil, nil, fmt.Errorf("%s: transaction %d: %w: %v", logPath, i+1, ErrChainLog, err)
			}
			if err := c.Client.SendTransaction(ctx, tx); err != nil {
				c.Close()
				return nil, nil, fmt.Errorf("%s: replay transaction %d (%s): %w: %v", logPath, i+1, tx.Hash().Hex(), ErrChainLog, err)
			}
			c.sim.Commit()
			if err := replayedMined(ctx, c, tx); err != nil {
				c.Close()
				return nil, nil, fmt.Errorf("%s: replay transaction %d (%s): %w: %v", logPath, i+1, tx.Hash().Hex(), ErrChainLog, err)
			}
		}
		if onReplay != nil {
			onReplay(i+1, len(txs))
		}
	}
	c.sent = func(raw []byte) error { return appendTxLog(logPath, hex.EncodeToString(raw)) }
	c.advanced = func(secs int64) error { return appendTxLog(logPath, fmt.Sprintf("%s%d", advancePrefix, secs)) }
	return c, dev, nil
}

// replayedMined checks that the block just mined holds replayed transaction tx: its
// sender's nonce moved past tx's. Without this check a log that skips one of a
// sender's transactions replays on silently, each later transaction of that sender
// queued and never mined, and the chain read back differs from the one written (an
// epoch the store records as settled would be missing on-chain).
func replayedMined(ctx context.Context, c *Chain, tx *types.Transaction) error {
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return fmt.Errorf("sender: %v", err)
	}
	n, err := c.Client.NonceAt(ctx, from, nil)
	if err != nil {
		return err
	}
	if n != tx.Nonce()+1 {
		return fmt.Errorf("not mined in the block after it: %s's nonce is %d, the transaction's %d (the log misses or repeats a transaction of this sender)", from.Hex(), n, tx.Nonce())
	}
	return nil
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

// advancePrefix starts a log line that records an AdvanceTime: "advance <seconds>".
const advancePrefix = "advance "

// logEntry is one line of the embedded chain's log: a signed transaction, or a time
// advance in seconds.
type logEntry struct {
	tx      []byte
	advance int64
}

// readTxLog reads one entry per line: a hex-encoded signed transaction or "advance <s>".
// A last line without its newline is a write cut short by a crash (never acknowledged)
// and is dropped, from the file too, so that the next append does not glue onto it.
func readTxLog(path string) ([]logEntry, error) {
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
	var out []logEntry
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, advancePrefix); ok {
			secs, err := strconv.ParseInt(rest, 10, 64)
			if err != nil || secs < 1 {
				return nil, fmt.Errorf("%s: line %d: %w: bad time advance %q", path, n, ErrChainLog, rest)
			}
			out = append(out, logEntry{advance: secs})
			continue
		}
		raw, err := hex.DecodeString(line)
		if err != nil || len(raw) == 0 {
			return nil, fmt.Errorf("%s: line %d: %w: not a hex transaction", path, n, ErrChainLog)
		}
		out = append(out, logEntry{tx: raw})
	}
	return out, sc.Err()
}

func appendTxLog(path, line string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(line + "\n"); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
