package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/nodehttp"
)

// Exit codes.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitNotFound    = 3
	exitUnreachable = 4
	exitTimeout     = 5
)

const exitCodesHelp = `Exit status:
  0  success
  1  the operation failed (refused by the node or the chain, a revert,
     an integrity check, an invalid document, a price above --max-price,
     too little balance, an asset that is revoked, deprecated or not
     orderable, a file URL the node refuses as unsafe)
  2  usage or configuration error (bad flags or arguments, a malformed DID
     or address, a missing or unreadable input file, no account key or an
     invalid one, unknown network, missing URL or contract addresses, a
     priced download without --max-price)
  3  not found (DID, service, file, compute job or journal entry; a file
     URL that is not really there when publishing)
  4  network error: the chain, node or indexer is unreachable or
     unavailable, or the RPC endpoint serves another chain
  5  timed out (--timeout) or interrupted`

// usageError marks an error caused by wrong arguments (exit status 2).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// message words err for the command line: the SDK's Go names (Config
// fields, package functions) become the flags and variables that set
// them, the valid values follow a bad one, and the "ocean: " prefix the
// root package puts on its errors is dropped (the CLI adds its own).
func message(err error) string {
	var unknown *ocean.UnknownNetworkError
	if errors.As(err, &unknown) {
		return fmt.Sprintf("unknown network %q: use one of %s, or the chain id of a network in --addresses FILE "+
			"(\"ocean networks\" lists them)", unknown.Network, strings.Join(networkNames(), ", "))
	}
	msg := err.Error()
	for strings.HasPrefix(msg, "ocean: ") {
		msg = strings.TrimPrefix(msg, "ocean: ")
	}
	msg = strings.ReplaceAll(msg, ": ocean: ", ": ")
	for _, pkg := range []string{"assets", "compute", "provider", "indexer", "datatoken", "nft", "journal"} {
		msg = strings.ReplaceAll(msg, pkg+": "+pkg+": ", pkg+": ")
	}
	msg = strings.NewReplacer(
		"set Config.RPCURL", "give --rpc or "+ocean.EnvRPCURL,
		"set Config.NodeURL", "give --node or "+ocean.EnvNodeURL,
		"set Config.AddressFile or Config.Contracts", "give --addresses FILE (an address.json) or "+ocean.EnvAddressFile,
		"Config.AddressFile or Config.Contracts", "--addresses FILE (an address.json) or "+ocean.EnvAddressFile,
		"Config.RPCURL", "--rpc", "Config.NodeURL", "--node", "Config.IndexerURL", "--indexer",
		"Config.AddressFile", "--addresses", "Config.Network", "--network",
		"see ocean.Networks", "see \"ocean networks\"",
	).Replace(msg)
	if errors.Is(err, ocean.ErrMissingConfig) && strings.Contains(msg, "no RPC URL") && !strings.Contains(msg, "--rpc") {
		msg += " (--rpc or " + ocean.EnvRPCURL + ")"
	}
	if errors.Is(err, compute.ErrNoEnvironment) {
		msg += ` ("ocean compute envs" lists the node's environments)`
	}
	return msg
}

// exitError ends a command with a status and no further message (the
// command printed what it had to say).
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// isErrno reports whether a net.Error is a bare system call error:
// syscall.Errno satisfies net.Error (a missing file's ENOENT too), so only
// the network errnos listed in exitCode mean "unreachable".
func isErrno(err net.Error) bool {
	_, ok := err.(syscall.Errno)
	return ok
}

// exitCode maps an error to the exit status documented in exitCodesHelp.
// Timeouts come first: a wait cut short by ctx wraps the last error seen,
// which is often a not-found.
func exitCode(err error) int {
	var (
		ue       *usageError
		mismatch *ocean.ChainMismatchError
		nodeMis  *assets.NodeChainError
		unknown  *ocean.UnknownNetworkError
		netErr   net.Error
	)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return exitTimeout
	case errors.Is(err, assets.ErrFileUnavailable):
		// before the network cases: a dead file origin is not our network
		return exitNotFound
	case errors.Is(err, assets.ErrFileMismatch), errors.Is(err, assets.ErrFileUnverifiable),
		errors.Is(err, assets.ErrNotConsumable), errors.Is(err, assets.ErrFileRefused):
		// refusals: before the network cases, a node's answer is not a
		// network error
		return exitFailure
	case errors.As(err, &ue), errors.As(err, &unknown),
		errors.Is(err, ocean.ErrMissingConfig), errors.Is(err, ocean.ErrNoKey), errors.Is(err, ocean.ErrInvalidKey),
		errors.Is(err, keystore.ErrDecrypt),
		errors.Is(err, assets.ErrInvalidParams), errors.Is(err, compute.ErrInvalidSpec),
		errors.Is(err, fs.ErrNotExist) && !errors.Is(err, journal.ErrNotFound), errors.Is(err, fs.ErrPermission),
		strings.HasPrefix(err.Error(), "unknown command"):
		return exitUsage
	case errors.Is(err, nodehttp.ErrNotFound), errors.Is(err, nodehttp.ErrNotFound),
		errors.Is(err, assets.ErrServiceNotFound), errors.Is(err, journal.ErrNotFound),
		errors.Is(err, compute.ErrJobNotFound), errors.Is(err, compute.ErrNoResult),
		errors.Is(err, compute.ErrNoEnvironment):
		return exitNotFound
	case errors.As(err, &mismatch), errors.As(err, &nodeMis),
		errors.Is(err, nodehttp.ErrUnavailable), errors.Is(err, nodehttp.ErrUnavailable),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH),
		errors.As(err, &netErr) && !isErrno(netErr):
		return exitUnreachable
	}
	return exitFailure
}
