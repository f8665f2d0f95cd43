package transact

import (
	"context"

	"github.com/ethereum/go-ethereum/core/types"
)

// BeforeSendFunc is called with every signed transaction just before it is
// submitted to the node: the original, a re-signed one after a nonce resync,
// and every replacement of a stuck transaction. Returning an error stops the
// submission: Send returns it (wrapped in a *TxError) and a replacement is
// skipped until the next try.
//
// It exists so that a caller can write the transaction (its hash, or the raw
// signed bytes) to durable storage before it can be mined: a process killed
// right after submitting would otherwise leave a transaction it knows
// nothing about.
type BeforeSendFunc func(tx *types.Transaction) error

type beforeSendKey struct{}

// WithBeforeSend returns a copy of ctx that makes Send call f before
// submitting each transaction it sends with that ctx (and each later
// replacement of those transactions, which the manager's monitor sends). f
// runs with the manager's send lock held, so it must not send through the
// same manager; it may block briefly (a file write and sync).
func WithBeforeSend(ctx context.Context, f BeforeSendFunc) context.Context {
	return context.WithValue(ctx, beforeSendKey{}, f)
}

func beforeSendFrom(ctx context.Context) BeforeSendFunc {
	f, _ := ctx.Value(beforeSendKey{}).(BeforeSendFunc)
	return f
}
