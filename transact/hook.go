package transact

import (
	"github.com/ethereum/go-ethereum/core/types"
)

// BroadcastHook is called with a signed transaction just before it is
// broadcast: the original, a re-signed one after a nonce resync, and every
// replacement of a stuck transaction. Returning an error stops the
// broadcast: Send returns it (wrapped in a *TxError, Op "before
// broadcast") and leaves no nonce gap, and a replacement is skipped until
// the next try.
//
// It exists so that a caller can write the transaction (its hash, or the
// raw signed bytes) to durable storage before it can be mined: a process
// killed right after broadcasting would otherwise leave a transaction it
// knows nothing about. A hook runs with the manager's send lock held, so it
// must not send through the same manager; it may block briefly (a file
// write and sync).
type BroadcastHook func(tx *types.Transaction) error

// SendOption changes one Send (or SendAndWait).
type SendOption func(*sendOptions)

type sendOptions struct {
	before []BroadcastHook
}

// BeforeBroadcast makes one Send call f before broadcasting the
// transaction and each later replacement of it (see BroadcastHook). To
// hook every transaction a wrapper sends, give the wrapper a manager from
// WithBeforeBroadcast instead.
func BeforeBroadcast(f BroadcastHook) SendOption {
	return func(o *sendOptions) {
		if f != nil {
			o.before = append(o.before, f)
		}
	}
}

// runHooks calls hooks in order, stopping at the first error.
func runHooks(hooks []BroadcastHook, tx *types.Transaction) error {
	for _, h := range hooks {
		if err := h(tx); err != nil {
			return err
		}
	}
	return nil
}
