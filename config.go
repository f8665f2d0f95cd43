package ocean

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// Environment variables read by ConfigFromEnv (and, for the key, by
// LoadSigners through the names ConfigFromEnv puts in Config.Key).
const (
	EnvNetwork          = "OCEAN_NETWORK"           // network name or chain id
	EnvRPCURL           = "OCEAN_RPC_URL"           // JSON-RPC endpoint
	EnvNodeURL          = "OCEAN_NODE_URL"          // Ocean node
	EnvIndexerURL       = "OCEAN_INDEXER_URL"       // indexer, default the node
	EnvJournalDir       = "OCEAN_JOURNAL_DIR"       // FileStore directory of the flow journal
	EnvJournal          = "OCEAN_JOURNAL"           // flow journal URL (postgres://…) or directory; wins over OCEAN_JOURNAL_DIR
	EnvAddressFile      = "OCEAN_ADDRESS_FILE"      // address.json with the contract addresses
	EnvPrivateKey       = "OCEAN_PRIVATE_KEY"       // hex private key of the account
	EnvKeystore         = "OCEAN_KEYSTORE"          // encrypted keystore file of the account
	EnvKeystorePassword = "OCEAN_KEYSTORE_PASSWORD" // its password
)

// Config says which network to use and how to reach it. The zero value of
// each optional field means its default. Config holds no secrets: the
// account's key is referred to by Key (an environment variable name or a
// keystore file) or its signers are injected as Signers.
type Config struct {
	// Network is a preset name ("sepolia", "oasis_sapphire",
	// "development", ...) or a chain id in decimal. Empty: the network is
	// found from the RPC endpoint's chain id.
	Network string
	// RPCURL is the chain's JSON-RPC endpoint. Default: the preset's
	// public endpoint, where it has one.
	RPCURL string
	// NodeURL is the Ocean node (or classic provider). Default: the
	// preset's, where it has one (only development does).
	NodeURL string
	// IndexerURL is the Aquarius-compatible indexer. Default: NodeURL.
	IndexerURL string
	// AddressFile is a file in the shape of @oceanprotocol/contracts'
	// address.json; its entry for the network replaces the preset's
	// contract addresses (required for development and unknown chains
	// unless Contracts is set).
	AddressFile string
	// Contracts, when not nil, replaces the contract addresses (a
	// devnet's Contracts(), an address file entry's).
	Contracts *addresses.Contracts
	// JournalURL selects the flows' journal with journal.OpenURL: a
	// postgres:// URL (a journal.PostgresStore, shared by the replicas of
	// a service) or a directory (a journal.FileStore). It wins over
	// JournalDir.
	JournalURL string
	// JournalDir is the directory of the flows' journal (a
	// journal.FileStore). Empty: JournalURL, Journal, or an in-memory
	// journal whose flows cannot be resumed after the process ends.
	JournalDir string
	// Journal is a journal store to use instead of opening JournalURL or
	// JournalDir. The Client does not close it.
	Journal journal.Store
	// Signers sign the account's transactions and node requests; the
	// Client makes them its Account. Nil: Key is loaded with LoadSigners;
	// if Key is empty too, the client is read-only.
	Signers *Signers
	// Key says where LoadSigners finds the account's key.
	Key KeySource
	// TxOptions tunes the account's transaction manager.
	TxOptions transact.Options
	// AssetsOptions tune the flows (polling, retention, hooks); Logger is
	// passed to them already.
	AssetsOptions []assets.Option
	// HTTPClient carries every HTTP request: JSON-RPC, node and indexer.
	// For the node and the indexer its transport (http.DefaultTransport
	// when it has none) is wrapped by the HTTP core's retry layer, so a
	// custom client keeps the retries; signed node requests are still sent
	// once. Nil: a client of each package's own default.
	HTTPClient *http.Client
	// HTTPOptions tune the node and indexer clients' HTTP core after
	// HTTPClient and Logger: nodehttp.WithRetries (0 turns retries off),
	// WithRetryPolicy, WithTransport, WithResponseHeaderTimeout.
	HTTPOptions []nodehttp.Option
	// Logger receives diagnostics. Nil: silent.
	Logger *slog.Logger
}

// ConfigFromEnv builds a Config from the OCEAN_* environment variables
// (see the Env constants and the package documentation). With
// DefaultJournalDir (and LoadSigners, for the variables a KeySource names)
// it is the only function of the SDK that reads the environment. It does
// not read the
// key: Config.Key names OCEAN_PRIVATE_KEY, or holds the OCEAN_KEYSTORE path
// and names OCEAN_KEYSTORE_PASSWORD, and Dial loads it. Unset variables
// leave their fields empty, so flags can fill them in afterwards; Dial
// reports what is still missing (ErrMissingConfig). The only error is a
// private key and a keystore set at once.
func ConfigFromEnv() (Config, error) {
	cfg := Config{
		Network:     os.Getenv(EnvNetwork),
		RPCURL:      os.Getenv(EnvRPCURL),
		NodeURL:     os.Getenv(EnvNodeURL),
		IndexerURL:  os.Getenv(EnvIndexerURL),
		JournalDir:  os.Getenv(EnvJournalDir),
		JournalURL:  os.Getenv(EnvJournal),
		AddressFile: os.Getenv(EnvAddressFile),
	}
	hasKey := os.Getenv(EnvPrivateKey) != ""
	store := os.Getenv(EnvKeystore)
	switch {
	case hasKey && store != "":
		return Config{}, fmt.Errorf("ocean: set %s or %s, not both", EnvPrivateKey, EnvKeystore)
	case hasKey:
		cfg.Key = KeySource{PrivateKeyEnv: EnvPrivateKey}
	case store != "":
		cfg.Key = KeySource{Keystore: store, PasswordEnv: EnvKeystorePassword}
	}
	return cfg, nil
}

// DefaultJournalDir returns the directory of a user's durable flow journal:
// $XDG_STATE_HOME/ocean/journal, or ~/.local/state/ocean/journal when
// XDG_STATE_HOME is unset or not absolute. The ocean command keeps its
// journal there unless told otherwise, so a command run again carries on
// instead of paying or publishing twice. Like ConfigFromEnv it reads the
// environment (XDG_STATE_HOME, HOME); it creates nothing.
func DefaultJournalDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "ocean", "journal"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("%w: no state directory for the journal: %w", ErrMissingConfig, err)
	}
	return filepath.Join(home, ".local", "state", "ocean", "journal"), nil
}

// KeySource says where an account's key is, without holding it: the name
// of an environment variable with a hex private key, or an encrypted
// keystore file (go-ethereum's format) with the name of an environment
// variable holding its password.
type KeySource struct {
	PrivateKeyEnv string
	Keystore      string
	PasswordEnv   string
}

// IsZero reports whether s names no key.
func (s KeySource) IsZero() bool { return s == KeySource{} }

// Signers are the key material of one account, as signers: Tx signs its
// transactions, Node its node requests. Both must be safe for concurrent
// use and sign for Address. Build them from a key (NewKeySigners), a
// KeySource (LoadSigners), or from any bind.SignerFn and provider.Signer
// (keystore wallet, Clef, KMS).
//
// Signers are what Config takes; the Client's Account
// (a *compute.Account) is what acts: Node, plus the transaction manager
// New builds on Tx for the chain. New fails with a
// *compute.AccountMismatchError when Node does not sign for Address.
type Signers struct {
	// Address is the account's address, the sender of its transactions.
	Address common.Address
	// Tx signs transactions from Address.
	Tx bind.SignerFn
	// Node signs node requests as Address.
	Node provider.Signer
}

// ErrNoKey is returned by LoadSigners when its source names no key or an
// empty variable.
var ErrNoKey = errors.New("ocean: no account key")

// ErrInvalidKey is returned by LoadSigners for a key that cannot be used:
// a variable that does not hold a hex private key, a keystore file that
// is missing, unreadable or not a keystore, or a wrong keystore password
// (which also matches keystore.ErrDecrypt).
var ErrInvalidKey = errors.New("ocean: invalid account key")

// NewKeySigners returns the Signers of key for chainID.
func NewKeySigners(key *ecdsa.PrivateKey, chainID int64) *Signers {
	opts := bind.NewKeyedTransactor(key, big.NewInt(chainID))
	return &Signers{Address: opts.From, Tx: opts.Signer, Node: provider.NewKeySigner(key)}
}

// LoadSigners reads the key s names (the environment variables it names,
// the keystore file it names) and returns its Signers for chainID. Errors
// never contain the key or the password.
func LoadSigners(s KeySource, chainID int64) (*Signers, error) {
	switch {
	case s.PrivateKeyEnv != "" && s.Keystore != "":
		return nil, errors.New("ocean: key source names both a private key and a keystore")
	case s.PrivateKeyEnv != "":
		hexKey := strings.TrimSpace(os.Getenv(s.PrivateKeyEnv))
		if hexKey == "" {
			return nil, fmt.Errorf("%w: %s is empty", ErrNoKey, s.PrivateKeyEnv)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimPrefix(hexKey, "0x"), "0X"))
		if err != nil {
			return nil, fmt.Errorf("%w: %s does not hold a valid private key", ErrInvalidKey, s.PrivateKeyEnv)
		}
		return NewKeySigners(key, chainID), nil
	case s.Keystore != "":
		b, err := os.ReadFile(s.Keystore)
		if err != nil {
			return nil, fmt.Errorf("%w: keystore: %w", ErrInvalidKey, err)
		}
		password := ""
		if s.PasswordEnv != "" {
			password = os.Getenv(s.PasswordEnv)
		}
		k, err := keystore.DecryptKey(b, password)
		if err != nil {
			return nil, fmt.Errorf("%w: keystore %s: %w", ErrInvalidKey, s.Keystore, err)
		}
		return NewKeySigners(k.PrivateKey, chainID), nil
	}
	return nil, ErrNoKey
}
