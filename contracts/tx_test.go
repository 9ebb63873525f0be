package contracts

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func typesNewTransfer(chainID *big.Int, nonce uint64, to common.Address, value, tip, feeCap *big.Int) *types.Transaction {
	return types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, To: &to, Value: value, Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap})
}

func signTx(tx *types.Transaction, chainID *big.Int, key *ecdsa.PrivateKey) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), key)
}
