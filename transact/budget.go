package transact

import (
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// Budget is a ledger of amounts that transactions of one manager have been
// promised but have not consumed yet: typically the part of an ERC-20
// allowance that in-flight orders will spend. It lets concurrent senders
// decide whether the on-chain allowance still covers one more spender
// before the earlier ones are mined.
//
// The pattern is: Lock; compare the on-chain value (read at the latest
// block, where mined spenders already consumed their share) with
// Outstanding() plus the new amount; top it up if needed; Reserve; Unlock;
// send the spending transaction and Bind the reservation to it (or Release
// it when the send fails). A reservation stops counting once the manager
// sees its transaction mined, whether it succeeded or not.
type Budget struct {
	m   *Manager
	mu  sync.Mutex
	res []*Reservation
}

// Budget returns the ledger named key, creating it on first use. Keys are
// free-form; the wrappers use token and spender addresses.
func (m *Manager) Budget(key string) *Budget {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := m.budgets[key]
	if b == nil {
		b = &Budget{m: m}
		m.budgets[key] = b
	}
	return b
}

// Lock takes the ledger's lock; hold it from reading the on-chain value to
// Reserve.
func (b *Budget) Lock() { b.mu.Lock() }

// Unlock releases the ledger's lock.
func (b *Budget) Unlock() { b.mu.Unlock() }

// Outstanding returns the sum of the live reservations (unbound ones, and
// bound ones whose transaction is not mined), dropping the others. Call it
// with the lock held.
func (b *Budget) Outstanding() *big.Int {
	sum := new(big.Int)
	live := b.res[:0]
	for _, r := range b.res {
		if r.live() {
			sum.Add(sum, r.amount)
			live = append(live, r)
		}
	}
	clear(b.res[len(live):])
	b.res = live
	return sum
}

// Reserve records amount as promised. Call it with the lock held.
func (b *Budget) Reserve(amount *big.Int) *Reservation {
	r := &Reservation{m: b.m, amount: new(big.Int).Set(amount)}
	b.res = append(b.res, r)
	return r
}

// Reservation is one promised amount; see Budget.
type Reservation struct {
	m      *Manager
	amount *big.Int

	mu       sync.Mutex
	done     <-chan struct{}
	released bool
}

// Bind ties the reservation to the transaction that spends it: it stops
// counting once the manager sees that nonce mined. A transaction the
// manager does not know releases the reservation at once.
func (r *Reservation) Bind(tx *types.Transaction) {
	var done <-chan struct{}
	if tx != nil {
		r.m.mu.Lock()
		if e := r.m.byHash[tx.Hash()]; e != nil {
			done = e.done
		}
		r.m.mu.Unlock()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if done == nil {
		r.released = true
		return
	}
	r.done = done
}

// Release drops the reservation (the spending transaction was not sent).
func (r *Reservation) Release() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.released = true
}

func (r *Reservation) live() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.released {
		return false
	}
	if r.done == nil {
		return true
	}
	select {
	case <-r.done:
		r.released = true
		return false
	default:
		return true
	}
}
