package bridge

import "github.com/ethereum/go-ethereum/common"

// OP Stack L2 predeploy addresses (contracts-bedrock src/libraries/Predeploys.sol).
var (
	// L2CrossDomainMessengerAddr is the L2CrossDomainMessenger predeploy.
	L2CrossDomainMessengerAddr = common.HexToAddress("0x4200000000000000000000000000000000000007")
	// L2StandardBridgeAddr is the L2StandardBridge predeploy.
	L2StandardBridgeAddr = common.HexToAddress("0x4200000000000000000000000000000000000010")
	// OptimismMintableERC20FactoryAddr is the OptimismMintableERC20Factory predeploy.
	OptimismMintableERC20FactoryAddr = common.HexToAddress("0x4200000000000000000000000000000000000012")
	// L1BlockAddr is the L1Block (L1 attributes) predeploy.
	L1BlockAddr = common.HexToAddress("0x4200000000000000000000000000000000000015")
	// Ether is what L1Block.gasPayingToken reports when ETH pays for gas (Constants.ETHER).
	Ether = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")
)
