package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

type downloadFlags struct {
	maxPrice  string
	service   string
	fileIndex int
	all       bool
	orderTx   string
	out       string
	key       string
}

func newDownloadCommand(e *env) *cobra.Command {
	var o downloadFlags
	cmd := &cobra.Command{
		Use:   "download DID [--service ID] [--file-index N | --all] [--order-tx TX] [--max-price AMOUNT] [-o DIR|FILE]",
		Short: "Download the files of an access service, ordering it first if needed",
		Long: `Download one file (--file-index, default 0) or every file (--all) of an access
service of DID. Without --order-tx the service is ordered first: a still-valid
order of the account is reused (see "ocean order"), free access is taken, and
access that costs anything is bought only with --max-price (the most to pay
for the datatoken, e.g. 1.5) or after a yes typed on a terminal. The quote is
printed before paying, the receipt after. The file index is checked before
anything is paid.

-o names the file, or a directory in which the file gets the name the node
reports (default: the current directory). Bytes go to FILE.part, renamed to FILE
once complete and checked against the size and sha256 the publisher published:
an interrupted download leaves FILE.part, and running the same command again
resumes it. A progress bar is drawn on stderr when it is a terminal.

Prints, per file, its path, size and sha256; with --json one object per file:
{"did","serviceId","fileIndex","orderTx","path","size","sha256","resumedFrom",
"quote","paid","txs"} (the last three when this run ordered).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDID(args[0]); err != nil {
				return err
			}
			if o.fileIndex < 0 {
				return usagef("--file-index must not be negative")
			}
			if o.all && cmd.Flags().Changed("file-index") {
				return usagef("--all and --file-index exclude each other")
			}
			var maxPrice *big.Int
			if o.maxPrice != "" {
				v, err := parseAmount("--max-price", o.maxPrice)
				if err != nil {
					return err
				}
				maxPrice = v
			}
			var tx common.Hash
			if o.orderTx != "" {
				b, err := hex.DecodeString(strings.TrimPrefix(o.orderTx, "0x"))
				if err != nil || len(b) != common.HashLength {
					return usagef("--order-tx must be a transaction hash (0x + 64 hex digits)")
				}
				tx = common.BytesToHash(b)
			}
			return e.withSession(cmd.Context(), true, func(s *ocean.Client) error {
				return e.download(cmd.Context(), s, args[0], tx, maxPrice, o)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.service, "service", "", "service id (default: the first access service)")
	f.IntVar(&o.fileIndex, "file-index", 0, "position of the file in the service")
	f.BoolVar(&o.all, "all", false, "download every file of the service into the -o directory")
	f.StringVar(&o.orderTx, "order-tx", "", "an existing order (its transaction hash); default: order now")
	f.StringVar(&o.maxPrice, "max-price", "", "buy access if needed, paying at most this many base tokens (decimal) for a datatoken")
	f.StringVarP(&o.out, "output", "o", ".", "file or directory to write")
	f.StringVar(&o.key, "idempotency-key", "", "journal key of the order (default: a new one)")
	return cmd
}

// downloaded is the result of one file.
type downloaded struct {
	DID         string     `json:"did"`
	ServiceID   string     `json:"serviceId"`
	FileIndex   int        `json:"fileIndex"`
	OrderTx     string     `json:"orderTx"`
	Path        string     `json:"path"`
	Size        int64      `json:"size"`
	SHA256      string     `json:"sha256"`
	ResumedFrom int64      `json:"resumedFrom,omitempty"`
	Quote       *quoteJSON `json:"quote,omitempty"`
	Paid        []amount   `json:"paid,omitempty"`
	Txs         []string   `json:"txs,omitempty"`
}

func (e *env) download(ctx context.Context, s *ocean.Client, did string, tx common.Hash, maxPrice *big.Int, o downloadFlags) error {
	a, err := s.Indexer.Resolve(ctx, did)
	if err != nil {
		return err
	}
	if err := assets.Consumable(a); err != nil {
		return err
	}
	svc, err := pickService(a, o.service, ddo.ServiceAccess)
	if err != nil {
		return err
	}
	indices := []int{o.fileIndex}
	dir, file := o.out, ""
	if st, err := os.Stat(o.out); o.all || err == nil && st.IsDir() || strings.HasSuffix(o.out, string(os.PathSeparator)) {
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return err
		}
	} else {
		dir, file = filepath.Dir(o.out), filepath.Base(o.out)
	}
	var infos []provider.FileInfo
	// The node lists the files: their names, their count for --all, and,
	// before anything is paid, whether the file index exists.
	if file == "" || tx == (common.Hash{}) {
		if infos, err = s.Provider.FileInfo(ctx, provider.FileInfoRequest{DID: a.ID, ServiceID: svc.ID}); err != nil {
			return fmt.Errorf("files of %s: %w", a.ID, err)
		}
		if !o.all && o.fileIndex >= len(infos) {
			return fmt.Errorf("%w: file index %d: service %s of %s has %d file(s)", nodehttp.ErrNotFound, o.fileIndex, svc.ID, a.ID, len(infos))
		}
		if o.all {
			indices = indices[:0]
			for i := range infos {
				indices = append(indices, i)
			}
		}
	}
	var ordered *keyedOrder
	if tx == (common.Hash{}) {
		if ordered, err = e.order(ctx, s, assets.OrderParams{Key: o.key, DID: a.ID, ServiceID: svc.ID, Asset: a, MaxPrice: maxPrice}, true); err != nil {
			return err
		}
		tx = ordered.TxHash
		if len(ordered.paid) > 0 || len(ordered.txs) > 0 {
			var buf strings.Builder
			printReceipt(&buf, ordered)
			e.status("ordered: order tx %s\n%s", tx.Hex(), strings.TrimSuffix(buf.String(), "\n"))
		}
	}
	checks := fileChecks(svc)
	for _, i := range indices {
		path := filepath.Join(dir, file)
		if file == "" {
			path = dir // the node's file name, no resume
			if i < len(infos) {
				if name := safeName(infos[i].Name); name != "" {
					path = filepath.Join(dir, name)
				}
			}
		}
		req := provider.DownloadRequest{DID: a.ID, ServiceID: svc.ID, FileIndex: i, TransferTxID: tx.Hex(),
			Auth: provider.SignedBy(s.Account.Signer()), SHA256: true}
		if c, ok := checks[i]; ok {
			req.ExpectedSHA256, req.ExpectedSize = c.Checksum, c.ContentLength
		}
		res, err := e.downloadFile(ctx, s.Provider, req, path)
		if err != nil {
			return err
		}
		res.OrderTx = tx.Hex()
		if ordered != nil {
			res.Quote, res.Paid, res.Txs = ordered.quote, ordered.paid, ordered.txs
		}
		if err := e.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "%s  %d bytes  sha256 %s\n", res.Path, res.Size, res.SHA256)
		}); err != nil {
			return err
		}
	}
	return nil
}

// downloadFile downloads one file to path, resuming path.part, with a
// progress bar on a terminal.
func (e *env) downloadFile(ctx context.Context, p *provider.Client, req provider.DownloadRequest, path string) (*downloaded, error) {
	var resumed int64
	if st, err := os.Stat(path + ".part"); err == nil && st.Mode().IsRegular() {
		resumed = st.Size()
	}
	if !e.g.json && e.terminal(e.stderr) {
		bar := newDownloadBar(e.stderr, filepath.Base(path), resumed)
		req.Progress = bar.update
		defer bar.finish()
	}
	res, err := p.DownloadFile(ctx, req, path)
	if err != nil {
		return nil, fmt.Errorf("download %s file %d: %w", req.DID, req.FileIndex, err)
	}
	return &downloaded{DID: req.DID, ServiceID: req.ServiceID, FileIndex: req.FileIndex, Path: res.Path,
		Size: res.Size, SHA256: res.SHA256, ResumedFrom: resumed}, nil
}

// safeName returns name if it is safe as a file name in a directory
// (by provider.SafeFileName's rules), else "".
func safeName(name string) string {
	if name == "" {
		return ""
	}
	return provider.SafeFileName(mime.FormatMediaType("attachment", map[string]string{"filename": name}))
}

// pickService finds the service with id, or the first service of type
// typ (the first service when there is none), as the assets flows do.
func pickService(a *ddo.Asset, id, typ string) (*ddo.Service, error) {
	for i := range a.Services {
		s := &a.Services[i]
		if s.ID == id || (id == "" && s.Type == typ) {
			return s, nil
		}
	}
	if id == "" && len(a.Services) > 0 {
		return &a.Services[0], nil
	}
	return nil, fmt.Errorf("%w: %q in %s", assets.ErrServiceNotFound, id, a.ID)
}

// fileCheck is what a publisher published about one file in the service's
// additionalInformation.files (assets.Publish with Checksum does).
type fileCheck struct {
	Index         int    `json:"index"`
	Checksum      string `json:"checksum"`
	ChecksumType  string `json:"checksumType"`
	ContentLength int64  `json:"contentLength"`
}

// fileChecks returns the published sha256 checks of svc by file index.
func fileChecks(svc *ddo.Service) map[int]fileCheck {
	out := map[int]fileCheck{}
	if svc.AdditionalInformation.Kind() == ddo.Undefined {
		return out
	}
	var ai struct {
		Files []fileCheck `json:"files"`
	}
	if json.Unmarshal(ddo.EncodeValue(svc.AdditionalInformation), &ai) != nil {
		return out
	}
	for _, f := range ai.Files {
		if f.ChecksumType != "" && f.ChecksumType != "sha256" {
			f.Checksum = ""
		}
		out[f.Index] = f
	}
	return out
}

// newKey returns a fresh idempotency key for a flow the user gave none.
func newKey(flow string) string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return flow + "-" + hex.EncodeToString(b)
}
