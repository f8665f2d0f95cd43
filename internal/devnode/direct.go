package devnode

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// handleDirectCommand answers POST /directCommand for the commands the
// devnode knows: status, nonce, getFees.
func (n *Node) handleDirectCommand(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Command         string `json:"command"`
		Address         string `json:"address"`
		DDOID           string `json:"ddoId"`
		ServiceID       string `json:"serviceId"`
		ConsumerAddress string `json:"consumerAddress"`
		ValidUntil      string `json:"validUntil"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
		text(w, http.StatusBadRequest, "Invalid request body")
		return
	}
	switch req.Command {
	case "status":
		n.store.mu.RLock()
		head := n.store.head
		n.store.mu.RUnlock()
		type indexer struct {
			ChainID string `json:"chainId"`
			Network string `json:"network"`
			Block   string `json:"block"`
		}
		jsonOut(w, http.StatusOK, map[string]any{
			"id":               n.nodeID,
			"publicKey":        common.Bytes2Hex(compressedKey(n)),
			"friendlyName":     "devnode",
			"address":          n.address.Hex(),
			"version":          Version,
			"http":             true,
			"p2p":              false,
			"provider":         []map[string]any{{"chainId": strconv.FormatInt(n.cfg.ChainID, 10), "network": "development"}},
			"indexer":          []indexer{{ChainID: strconv.FormatInt(n.cfg.ChainID, 10), Network: "development", Block: strconv.FormatUint(head, 10)}},
			"escrowAddress":    map[string]string{strconv.FormatInt(n.cfg.ChainID, 10): n.cfg.Contracts.Escrow.Hex()},
			"supportedStorage": map[string]bool{"url": true, "arweave": false, "ipfs": false},
			"platform":         map[string]string{"software": "devnode (ocean.go)"},
			"uptime":           int64(time.Since(n.started).Seconds()),
		})
	case "nonce":
		var nonce uint64
		if common.IsHexAddress(req.Address) {
			nonce = n.nonces.get(common.HexToAddress(req.Address))
		}
		header(w)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, strconv.FormatUint(nonce, 10))
	case "getFees":
		res, code, msg := n.initialize(r.Context(), req.DDOID, req.ServiceID, req.ConsumerAddress, req.ValidUntil, "")
		if msg != "" {
			text(w, code, msg)
			return
		}
		jsonOut(w, http.StatusOK, res)
	default:
		text(w, http.StatusBadRequest, "Invalid or unrecognized command: "+strconv.Quote(req.Command))
	}
}
