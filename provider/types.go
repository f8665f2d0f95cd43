package provider

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/httpx"
	"github.com/oceango/ocean.go/nodehttp"
)

// fileMap is the storage object f as the JSON object sent to fileinfo
// and encryptFile (ddo.EncodeStorageObject's fields, numbers kept
// exact), so other fields can be added beside its own.
func fileMap(f ddo.StorageObject) (map[string]any, error) {
	b, err := ddo.EncodeStorageObject(f)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", nodehttp.ErrInvalidRequest, err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: file object: %v", nodehttp.ErrInvalidRequest, err)
	}
	return m, nil
}

// FileInfo describes one file as the server sees it (fileinfo).
type FileInfo struct {
	Index         int    // position in the service's files (classic only; else the array position)
	Valid         bool   // the file is reachable
	Type          string // file object type
	ContentLength int64  // -1 when unknown
	ContentType   string
	Name          string // file name ("filename" classic, "name" node)
	Checksum      string // sha256 hex when requested and computed
	ChecksumType  string
	EncryptedBy   string
	EncryptMethod string
}

type fileInfoWire struct {
	Index         *int       `json:"index"`
	Valid         bool       `json:"valid"`
	Type          string     `json:"type"`
	ContentLength httpx.Flex `json:"contentLength"`
	ContentType   string     `json:"contentType"`
	Filename      string     `json:"filename"`
	Name          string     `json:"name"`
	Checksum      string     `json:"checksum"`
	ChecksumType  string     `json:"checksumType"`
	EncryptedBy   string     `json:"encryptedBy"`
	EncryptMethod string     `json:"encryptMethod"`
}

func (w fileInfoWire) toFileInfo(pos int) FileInfo {
	fi := FileInfo{Index: pos, Valid: w.Valid, Type: w.Type, ContentType: w.ContentType, Name: w.Name,
		Checksum: w.Checksum, ChecksumType: w.ChecksumType, EncryptedBy: w.EncryptedBy, EncryptMethod: w.EncryptMethod,
		ContentLength: -1}
	if w.Index != nil {
		fi.Index = *w.Index
	}
	if fi.Name == "" {
		fi.Name = w.Filename
	}
	if n, err := w.ContentLength.Int64(); err == nil && w.ContentLength != "" {
		fi.ContentLength = n
	}
	if fi.Checksum != "" && fi.ChecksumType == "" {
		fi.ChecksumType = "sha256"
	}
	return fi
}

// OrderRequirements is what initialize answers: what to pay before
// downloading. When ValidOrder is set, the order given as TransferTxID is
// still valid and nothing needs to be paid (unless ProviderFee is also set:
// then reuseOrder with the new fee).
type OrderRequirements struct {
	Datatoken common.Address
	// Amount is the datatokens the order transfers, in base units: the
	// classic provider's numTokens, else one datatoken (10^18), which is
	// what every Ocean datatoken template's startOrder takes.
	Amount *big.Int
	// Receiver is who the datatokens go to, as a classic provider reports
	// it ("to"). Ocean Node does not report it: zero, and the receiver is
	// the datatoken's payment collector on chain (datatoken.Token's
	// PaymentCollector; the data NFT's owner when that is zero).
	Receiver       common.Address
	ProviderFee    *ddo.ProviderFee
	ValidOrder     string // order tx hash to reuse, or ""
	Nonce          uint64 // the consumer's stored nonce
	ComputeAddress common.Address
	// Node initializeCompute items also carry these:
	DID       string
	ServiceID string
	ChainID   int64
}

type orderReqWire struct {
	Datatoken       string           `json:"datatoken"`
	ProviderFee     *ddo.ProviderFee `json:"providerFee"`
	ValidOrder      any              `json:"validOrder"`
	Nonce           httpx.Flex       `json:"nonce"`
	ComputeAddress  *string          `json:"computeAddress"`
	ConsumerAddress *string          `json:"consumerAddress"`
	DID             string           `json:"did"`
	ServiceID       string           `json:"serviceId"`
	ChainID         httpx.Flex       `json:"chainId"`
	NumTokens       httpx.Flex       `json:"numTokens"`
	To              string           `json:"to"`
}

// UnmarshalJSON decodes both the classic and node shapes.
func (o *OrderRequirements) UnmarshalJSON(b []byte) error {
	var w orderReqWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*o = OrderRequirements{ProviderFee: w.ProviderFee, DID: w.DID, ServiceID: w.ServiceID}
	if f := o.ProviderFee; f != nil && f.ProviderFeeAddress == (common.Address{}) && len(f.ProviderData) == 0 {
		o.ProviderFee = nil
	}
	if w.Datatoken != "" {
		if !common.IsHexAddress(w.Datatoken) {
			return errors.New("datatoken: not an address")
		}
		o.Datatoken = common.HexToAddress(w.Datatoken)
	}
	switch v := w.ValidOrder.(type) {
	case string:
		o.ValidOrder = v
	case nil, bool:
	default:
		return errors.New("validOrder: unexpected type")
	}
	n, err := parseNonce(string(w.Nonce))
	if err != nil {
		return fmt.Errorf("nonce: %v", err)
	}
	o.Nonce = n
	for _, p := range []*string{w.ComputeAddress, w.ConsumerAddress} {
		if p != nil && common.IsHexAddress(*p) {
			o.ComputeAddress = common.HexToAddress(*p)
			break
		}
	}
	if o.ChainID, err = w.ChainID.Int64(); err != nil {
		return fmt.Errorf("chainId: %v", err)
	}
	o.Amount = oneDatatoken()
	if w.NumTokens != "" {
		if o.Amount, err = tokenUnits(string(w.NumTokens)); err != nil {
			return fmt.Errorf("numTokens: %v", err)
		}
	}
	if w.To != "" {
		if !common.IsHexAddress(w.To) {
			return errors.New("to: not an address")
		}
		o.Receiver = common.HexToAddress(w.To)
	}
	return nil
}

// oneDatatoken returns 10^18 base units: what an order transfers.
func oneDatatoken() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) }

// tokenUnits converts a decimal amount of 18-decimal tokens ("1", "0.5",
// a JSON number or string) to base units, exactly.
func tokenUnits(s string) (*big.Int, error) {
	s = strings.Trim(strings.TrimSpace(s), `"`)
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a non-negative decimal", s)
	}
	r.Mul(r, new(big.Rat).SetInt(oneDatatoken()))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than 18 decimals", s)
	}
	return new(big.Int).Set(r.Num()), nil
}
