package assets

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

// DownloadParams select what to download from an ordered access service.
type DownloadParams struct {
	DID       string
	ServiceID string // empty: the first access service
	// OrderTx is the order (Ordered.TxHash); required.
	OrderTx common.Hash
	// FileIndex is the file's position in the service.
	FileIndex int
	// Asset is the resolved DDO, when the caller has it (saves a request).
	Asset *ddo.Asset
	// UserData are the consumer parameters' values, checked against the
	// service's declared parameters (CheckUserData) before the request
	// and sent as the node's userdata (Ocean Node appends them to a URL
	// file's query).
	UserData map[string]any
}

// DownloadParamsFor returns the parameters to download file index of an
// order's service.
func DownloadParamsFor(o *Ordered, index int) DownloadParams {
	return DownloadParams{DID: o.DID, ServiceID: o.ServiceID, OrderTx: o.TxHash, FileIndex: index, Asset: o.Asset}
}

func (p *DownloadParams) validate() error {
	if p.DID == "" || p.OrderTx == (common.Hash{}) || p.FileIndex < 0 {
		return fmt.Errorf("%w: DID and OrderTx are required, FileIndex must not be negative", ErrInvalidParams)
	}
	return nil
}

// fileCheck is what a publisher published about one file (Publish puts it
// in the service's additionalInformation.files).
type fileCheck struct {
	Index         int    `json:"index"`
	Checksum      string `json:"checksum"`
	ChecksumType  string `json:"checksumType"`
	ContentLength int64  `json:"contentLength"`
	// EncryptedBy and EncryptMethod: the origin holds the node's
	// ciphertext of the file (the checksum is the plaintext's).
	EncryptedBy   string `json:"encryptedBy,omitempty"`
	EncryptMethod string `json:"encryptMethod,omitempty"`
}

func fileChecks(s *ddo.Service) []fileCheck {
	if s.AdditionalInformation.Kind() == ddo.Undefined {
		return nil
	}
	var ai struct {
		Files []fileCheck `json:"files"`
	}
	if json.Unmarshal(ddo.EncodeValue(s.AdditionalInformation), &ai) != nil {
		return nil
	}
	return ai.Files
}

func (c *Client) downloadRequest(ctx context.Context, p DownloadParams) (provider.DownloadRequest, *ddo.Service, error) {
	if err := p.validate(); err != nil {
		return provider.DownloadRequest{}, nil, err
	}
	a, err := c.resolve(ctx, p.DID, p.Asset)
	if err != nil {
		return provider.DownloadRequest{}, nil, err
	}
	_, svc, err := consumableService(a, p.ServiceID)
	if err != nil {
		return provider.DownloadRequest{}, nil, err
	}
	req := provider.DownloadRequest{DID: a.ID, ServiceID: svc.ID, FileIndex: p.FileIndex, TransferTxID: p.OrderTx.Hex(), Auth: c.auth()}
	if len(svc.ConsumerParameters) > 0 || len(p.UserData) > 0 {
		if req.UserData, err = CheckUserData(svc.ConsumerParameters, p.UserData); err != nil {
			return provider.DownloadRequest{}, nil, err
		}
	}
	for _, f := range fileChecks(svc) {
		if f.Index == p.FileIndex {
			if f.ChecksumType == "" || f.ChecksumType == "sha256" {
				req.ExpectedSHA256 = f.Checksum
			}
			req.ExpectedSize = f.ContentLength
		}
	}
	return req, svc, nil
}

// downloadError wraps a failed download of file index of svc; a content
// mismatch of a file published encrypted also matches ErrNotDecrypted.
func downloadError(req provider.DownloadRequest, svc *ddo.Service, err error) error {
	if errors.Is(err, provider.ErrIntegrity) {
		for _, f := range fileChecks(svc) {
			if f.Index == req.FileIndex && f.EncryptedBy != "" {
				return fmt.Errorf("assets: download %s file %d: %w: it was encrypted by node %s (%s) and what arrived is not its content: %w",
					req.DID, req.FileIndex, ErrNotDecrypted, f.EncryptedBy, f.EncryptMethod, err)
			}
		}
	}
	return fmt.Errorf("assets: download %s file %d: %w", req.DID, req.FileIndex, err)
}

// Download streams one file of an ordered service to w, checking the
// size and sha256 the publisher published for it, if any
// (provider.ErrIntegrity on a mismatch; also ErrNotDecrypted for a file
// published encrypted that the node served as ciphertext). Nothing is
// held in memory and nothing is journaled: a download has no side effect
// to protect.
func (c *Client) Download(ctx context.Context, p DownloadParams, w io.Writer) (*provider.DownloadResult, error) {
	req, svc, err := c.downloadRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	res, err := c.prov.Download(ctx, req, w)
	if err != nil {
		return nil, downloadError(req, svc, err)
	}
	return res, nil
}

// DownloadFile downloads one file into path (a directory: under the
// server's file name), atomically, with the checks of Download.
func (c *Client) DownloadFile(ctx context.Context, p DownloadParams, path string) (*provider.DownloadResult, error) {
	req, svc, err := c.downloadRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	res, err := c.prov.DownloadFile(ctx, req, path)
	if err != nil {
		return nil, downloadError(req, svc, err)
	}
	return res, nil
}

// DownloadAll downloads every file of the service into dir (p.FileIndex is
// ignored). The node's fileinfo says how many files there are.
func (c *Client) DownloadAll(ctx context.Context, p DownloadParams, dir string) ([]*provider.DownloadResult, error) {
	req, _, err := c.downloadRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	infos, err := c.prov.FileInfo(ctx, provider.FileInfoRequest{DID: req.DID, ServiceID: req.ServiceID})
	if err != nil {
		return nil, fmt.Errorf("assets: files of %s: %w", req.DID, err)
	}
	out := make([]*provider.DownloadResult, 0, len(infos))
	for i := range infos {
		p.FileIndex = i
		res, err := c.DownloadFile(ctx, p, dir)
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}
