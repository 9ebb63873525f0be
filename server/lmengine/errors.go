package lmengine

import "errors"

// ErrNoSettlement is returned (wrapping server.ErrNotReady) for an epoch close
// that asks to settle: posting is not wired into the node yet.
var ErrNoSettlement = errors.New("settlement posting is not configured in this node")
