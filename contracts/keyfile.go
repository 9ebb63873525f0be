package contracts

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// LoadKey reads a signing key for a JSON-RPC chain. path is either a go-ethereum
// keystore file (decrypted with the passphrase in the environment variable passEnv) or
// a file holding one hex private key; with path empty the hex key is read from the
// environment variable keyEnv. Keys are never logged; errors name the file or variable
// only.
func LoadKey(path, keyEnv, passEnv string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		v := strings.TrimSpace(os.Getenv(keyEnv))
		if v == "" {
			return nil, fmt.Errorf("%w: no --key-file and $%s is empty", ErrKey, keyEnv)
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(v, "0x"))
		if err != nil {
			return nil, fmt.Errorf("%w: $%s is not a hex secp256k1 private key", ErrKey, keyEnv)
		}
		return k, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKey, err)
	}
	if json.Valid(b) {
		k, err := keystore.DecryptKey(b, os.Getenv(passEnv))
		if err != nil {
			return nil, fmt.Errorf("%w: keystore %s: %v (passphrase from $%s)", ErrKey, path, err, passEnv)
		}
		return k.PrivateKey, nil
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: %s is neither a keystore file nor a hex private key", ErrKey, path)
	}
	return k, nil
}
