package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
)

// journalLocation resolves where the journal is, as a directory or a URL
// for journal.OpenURL: --journal, else OCEAN_JOURNAL, else
// OCEAN_JOURNAL_DIR, else the user's state directory; "" (an in-memory
// journal) with --no-journal.
func (e *env) journalLocation(cfg ocean.Config) (string, error) {
	if e.g.noJournal {
		if e.g.journalDir != "" {
			return "", usagef("--journal and --no-journal exclude each other")
		}
		return "", nil
	}
	if l := firstNonEmpty(e.g.journalDir, cfg.JournalURL, cfg.JournalDir); l != "" {
		return l, nil
	}
	d, err := ocean.DefaultJournalDir()
	if err != nil {
		return "", &usageError{err}
	}
	return d, nil
}

// openJournal opens the configured journal without touching the chain.
func (e *env) openJournal(ctx context.Context) (journal.Store, error) {
	cfg, err := e.configFromEnv()
	if err != nil {
		return nil, err
	}
	loc, err := e.journalLocation(cfg)
	if err != nil {
		return nil, err
	}
	if loc == "" {
		return nil, usagef("--no-journal: there is no journal to read")
	}
	return journal.OpenURL(ctx, loc)
}

func newJournalCommand(e *env) *cobra.Command {
	return groupCommand("journal", "List, show, resume or abandon the journaled flows",
		newJournalListCommand(e), newJournalShowCommand(e), newJournalResumeCommand(e), newJournalAbandonCommand(e))
}

// journalLine is one entry as journal list prints it.
type journalLine struct {
	Key       string          `json:"key"`
	Flow      string          `json:"flow"`
	Status    string          `json:"status"`
	Retries   int             `json:"retries"`
	Error     string          `json:"error,omitempty"`
	CreatedAt time.Time       `json:"createdAt"`
	UpdatedAt time.Time       `json:"updatedAt"`
	ExpiresAt *time.Time      `json:"expiresAt,omitempty"`
	Payload   json.RawMessage `json:"payload,omitempty"`
}

func lineOf(en *journal.Entry, payload bool) journalLine {
	l := journalLine{Key: en.Key, Flow: en.Flow, Status: en.Status, Retries: en.Retries, Error: en.Error,
		CreatedAt: en.CreatedAt, UpdatedAt: en.UpdatedAt}
	if !en.ExpiresAt.IsZero() {
		t := en.ExpiresAt
		l.ExpiresAt = &t
	}
	if payload {
		l.Payload = en.Payload
	}
	return l
}

func newJournalListCommand(e *env) *cobra.Command {
	var all bool
	var flow string
	cmd := &cobra.Command{
		Use:   "list [--all] [--flow FLOW]",
		Short: "List the unfinished flows of the journal (--all: the finished ones too)",
		Long: `List the journal's entries, oldest first: key, flow, status and the last error.
Without --all only unfinished flows are listed: finish one with "ocean journal
resume KEY" (or by running its command again with the same --idempotency-key),
or give it up with "ocean journal abandon KEY".

With --json one object per entry: {"key","flow","status","retries","error",
"createdAt","updatedAt","expiresAt"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := e.openJournal(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			entries, err := store.List(cmd.Context(), journal.Filter{Flow: flow})
			if err != nil {
				return err
			}
			n := 0
			for _, en := range entries {
				if !all && en.Status == assets.StatusDone {
					continue
				}
				n++
				l := lineOf(en, false)
				if err := e.emit(l, func(w io.Writer) {
					fmt.Fprintf(w, "%-40s %-8s %-20s %s", l.Key, l.Flow, l.Status, l.UpdatedAt.Local().Format(time.DateTime))
					if l.Error != "" {
						fmt.Fprintf(w, "  error: %s", firstLine(l.Error))
					}
					fmt.Fprintln(w)
				}); err != nil {
					return err
				}
			}
			if n == 0 {
				e.status("no entries")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "list finished flows too")
	cmd.Flags().StringVar(&flow, "flow", "", "only this flow (publish, order, update, compute)")
	return cmd
}

func newJournalShowCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "show KEY",
		Short: "Show one journal entry with its recorded state",
		Long: `Print the entry of KEY: flow, status, retries, last error, times and the
flow's recorded state (parameters, transactions, addresses) as JSON. With
--json one object {"key","flow","status","retries","error","createdAt",
"updatedAt","expiresAt","payload"}. Exit status 3 when there is no entry.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := e.openJournal(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			en, err := store.Get(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			l := lineOf(en, true)
			return e.emit(l, func(w io.Writer) {
				fmt.Fprintf(w, "key      %s\nflow     %s\nstatus   %s\nretries  %d\n", l.Key, l.Flow, l.Status, l.Retries)
				if l.Error != "" {
					fmt.Fprintf(w, "error    %s\n", l.Error)
				}
				fmt.Fprintf(w, "created  %s\nupdated  %s\n", l.CreatedAt.Local().Format(time.DateTime), l.UpdatedAt.Local().Format(time.DateTime))
				if len(l.Payload) > 0 {
					var v any
					if json.Unmarshal(l.Payload, &v) == nil {
						b, _ := json.MarshalIndent(v, "", "  ")
						fmt.Fprintf(w, "state\n%s\n", b)
					}
				}
			})
		},
	}
}

// resumeResult is what journal resume prints.
type resumeResult struct {
	Key     string `json:"key"`
	Flow    string `json:"flow"`
	DID     string `json:"did,omitempty"`
	NFT     string `json:"nftAddress,omitempty"`
	OrderTx string `json:"orderTx,omitempty"`
	TxHash  string `json:"tx,omitempty"`
	JobID   string `json:"jobId,omitempty"`
}

func newJournalResumeCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "resume KEY",
		Short: "Finish the flow journaled under KEY from where it stopped",
		Long: `Continue the flow journaled under KEY (publish, order, update, compute) from
its last recorded step, after checking its recorded transactions on chain:
nothing done twice, nothing paid twice. A finished flow prints its result.
The account must be the one that started it.

Prints the result; with --json {"key","flow","did","nftAddress","orderTx",
"tx","jobId"} (the fields of its flow).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withSession(cmd.Context(), true, func(c *ocean.Client) error {
				e.status("resuming %s", args[0])
				res, err := c.Assets.Resume(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				r := resumeResult{Key: args[0], Flow: res.Flow}
				switch {
				case res.Published != nil:
					r.DID, r.NFT, r.TxHash = res.Published.DID, res.Published.NFT.Hex(), res.Published.MetadataTx.Hex()
				case res.Ordered != nil:
					r.DID, r.OrderTx = res.Ordered.DID, res.Ordered.TxHash.Hex()
				case res.Updated != nil:
					r.DID = res.Updated.DID
					if res.Updated.StateTx != ([32]byte{}) {
						r.TxHash = res.Updated.StateTx.Hex()
					} else {
						r.TxHash = res.Updated.MetadataTx.Hex()
					}
				case res.Computed != nil && res.Computed.Job != nil:
					r.JobID = res.Computed.Job.ID
				}
				return e.emit(r, func(w io.Writer) {
					fmt.Fprintf(w, "%s (%s) finished\n", r.Key, r.Flow)
					for _, kv := range [][2]string{{"did", r.DID}, {"data NFT", r.NFT}, {"order tx", r.OrderTx}, {"tx", r.TxHash}, {"job", r.JobID}} {
						if kv[1] != "" {
							fmt.Fprintf(w, "  %-9s %s\n", kv[0], kv[1])
						}
					}
				})
			})
		},
	}
}

// abandonResult is what journal abandon prints.
type abandonResult struct {
	Key    string `json:"key"`
	Flow   string `json:"flow"`
	Status string `json:"status"`
	// Left are what the flow had already made on chain (addresses and
	// transactions from its recorded state); abandoning does not undo them.
	Left map[string]string `json:"left,omitempty"`
}

func newJournalAbandonCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "abandon KEY",
		Short: "Give up the flow journaled under KEY and free the key",
		Long: `Remove the journal entry of KEY, so that the flow is not resumed and the key
can start a new flow. Nothing on chain is undone: what the flow had already
made (a data NFT, datatokens, transactions) is printed so that you can find it
again. Waits for a run of KEY in flight to end first. Exit status 3 when there
is no entry.

With --json {"key","flow","status","left"}.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := e.openJournal(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			return abandon(cmd.Context(), e, store, args[0])
		},
	}
}

func abandon(ctx context.Context, e *env, store journal.Store, key string) error {
	unlock, err := store.Lock(ctx, key)
	if err != nil {
		return err
	}
	defer unlock()
	en, err := store.Get(ctx, key)
	if err != nil {
		return err
	}
	r := abandonResult{Key: key, Flow: en.Flow, Status: en.Status, Left: leftOnChain(en.Payload)}
	if err := store.Delete(ctx, key); err != nil {
		return err
	}
	return e.emit(r, func(w io.Writer) {
		fmt.Fprintf(w, "abandoned %s (%s, at %s)\n", r.Key, r.Flow, r.Status)
		for _, k := range slices.Sorted(maps.Keys(r.Left)) {
			fmt.Fprintf(w, "  left on chain: %s %s\n", k, r.Left[k])
		}
	})
}

// leftOnChain picks what a flow's recorded state says it made on chain.
func leftOnChain(payload []byte) map[string]string {
	var st struct {
		NFT     string `json:"nft"`
		Create  string `json:"createTx"`
		Meta    string `json:"metadataTx"`
		OrderTx string `json:"orderTx"`
		Txs     []struct {
			Step  string `json:"step"`
			Mined string `json:"mined"`
		} `json:"txs"`
	}
	if json.Unmarshal(payload, &st) != nil {
		return nil
	}
	out := map[string]string{}
	for k, v := range map[string]string{"data NFT": st.NFT, "create tx": st.Create, "metadata tx": st.Meta, "order tx": st.OrderTx} {
		if v != "" {
			out[k] = v
		}
	}
	for _, t := range st.Txs {
		if t.Mined != "" && t.Mined != "0x0000000000000000000000000000000000000000000000000000000000000000" {
			out[t.Step+" tx"] = t.Mined
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
