package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
)

func newStateCommand(e *env) *cobra.Command {
	var key string
	cmd := &cobra.Command{
		Use:   "state DID " + strings.Join(stateNames[:], "|"),
		Short: "Change an asset's state (retire, revoke, unlist, pause ordering, restore)",
		Long: `Set the metadata state of DID's data NFT and wait until the indexer reports it:
  active             discoverable and orderable
  end-of-life        discoverable, not orderable
  deprecated         replaced by another asset
  revoked            revoked by the publisher
  ordering-disabled  discoverable, ordering paused
  unlisted           orderable, not discoverable
The account must be allowed to update the NFT's metadata (its owner is).
Journaled under --idempotency-key (default: a new key).

Prints the state transaction; with --json {"did","state","stateTx","key"}.`,
		Args: exactArgs(2),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 1 {
				return stateNames[:], cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDID(args[0]); err != nil {
				return err
			}
			state, ok := parseState(args[1])
			if !ok {
				return usagef("unknown state %q: use one of %s", args[1], strings.Join(stateNames[:], ", "))
			}
			if key == "" {
				key = newKey("state")
			}
			return e.withSession(cmd.Context(), true, func(c *ocean.Client) error {
				e.status("setting %s to %s (journal key %s)", args[0], args[1], key)
				u, err := c.Assets.SetState(cmd.Context(), key, args[0], state)
				if err != nil {
					return err
				}
				r := stateResult{DID: u.DID, State: args[1], StateTx: u.StateTx.Hex(), Key: key}
				return e.emit(r, func(w io.Writer) {
					fmt.Fprintf(w, "%s is now %s\nstate tx %s\n", r.DID, r.State, r.StateTx)
				})
			})
		},
	}
	cmd.Flags().StringVar(&key, "idempotency-key", "", "journal key of the change (default: a new one)")
	return cmd
}

// stateResult is what state prints.
type stateResult struct {
	DID     string `json:"did"`
	State   string `json:"state"`
	StateTx string `json:"stateTx"`
	Key     string `json:"key"`
}
