package devnode

import (
	"encoding/json"
	"io"
	"net/http"
	"runtime"
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
		chain := strconv.FormatInt(n.cfg.ChainID, 10)
		// Ocean Node's status fields, in its order ("arwave" is its
		// spelling), pretty-printed and sent without a Content-Type.
		status := struct {
			ID               string            `json:"id"`
			PublicKey        string            `json:"publicKey"`
			FriendlyName     string            `json:"friendlyName"`
			Address          string            `json:"address"`
			Version          string            `json:"version"`
			HTTP             bool              `json:"http"`
			P2P              bool              `json:"p2p"`
			Provider         []map[string]any  `json:"provider"`
			Indexer          []indexer         `json:"indexer"`
			EscrowAddress    map[string]string `json:"escrowAddress"`
			SupportedStorage map[string]bool   `json:"supportedStorage"`
			Platform         map[string]any    `json:"platform"`
			CodeHash         string            `json:"codeHash"`
			AllowedAdmins    []string          `json:"allowedAdmins"`
			Uptime           float64           `json:"uptime"`
		}{
			ID:               n.nodeID,
			PublicKey:        common.Bytes2Hex(compressedKey(n)),
			FriendlyName:     "devnode",
			Address:          n.address.Hex(),
			Version:          NodeVersion,
			HTTP:             true,
			Provider:         []map[string]any{{"chainId": chain, "network": "development"}},
			Indexer:          []indexer{{ChainID: chain, Network: "development", Block: strconv.FormatUint(head, 10)}},
			EscrowAddress:    map[string]string{chain: n.cfg.Contracts.Escrow.Hex()},
			SupportedStorage: map[string]bool{"url": true, "arwave": false, "ipfs": false},
			Platform: map[string]any{"cpus": runtime.NumCPU(), "arch": runtime.GOARCH, "platform": runtime.GOOS,
				"osType": runtime.GOOS, "node": runtime.Version()},
			AllowedAdmins: []string{},
			Uptime:        time.Since(n.started).Seconds(),
		}
		body, err := json.MarshalIndent(status, "", "    ")
		if err != nil {
			text(w, http.StatusInternalServerError, "Internal Server Error")
			return
		}
		w.Header()["Content-Type"] = nil
		w.Write(body)
	case "nonce":
		var nonce uint64
		if common.IsHexAddress(req.Address) {
			nonce = n.nonces.get(common.HexToAddress(req.Address))
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, strconv.FormatUint(nonce, 10))
	case "getFees":
		res, code, msg := n.initialize(r.Context(), req.DDOID, req.ServiceID, req.ConsumerAddress, req.ValidUntil)
		if msg != "" {
			text(w, code, msg)
			return
		}
		jsonOut(w, http.StatusOK, res)
	default:
		text(w, http.StatusBadRequest, "Invalid or unrecognized command: "+strconv.Quote(req.Command))
	}
}
