package devnode

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/oceango/ocean.go/internal/ecies"
)

const cmdEncryptFile = "encryptFile"

// encryptMethod reads the encryptMethod query parameter as Ocean Node's
// getEncryptMethodFromString does: "ecies" in any case is ECIES, anything
// else (or nothing) AES.
func encryptMethod(s string) string {
	if strings.EqualFold(s, methodECIES) {
		return methodECIES
	}
	return methodAES
}

// handleEncryptFile encrypts a file's content for the node
// (POST /api/services/encryptFile?encryptMethod=aes|ecies, signed with
// the "encryptFile" command). The body is the raw content
// (application/octet-stream; multipart/form-data bodies are encrypted
// as they are, boundaries included, as Ocean Node v3.1.0 does), or a file
// object the node fetches (application/json). The answer is the
// ciphertext with X-Encrypted-By (the node id) and X-Encrypted-Method.
//
// As on the encrypt route, no auth token is taken, the signature is
// checked before the body is read, and a raw body is capped at 25 MiB.
// AES content streams in and out (memory flat in the size); ECIES is one
// eciesjs message over the whole content, so it is read whole first.
func (n *Node) handleEncryptFile(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	method := encryptMethod(q.Get("encryptMethod"))
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	isJSON := ct == "application/json"
	if !isJSON && ct != "application/octet-stream" && ct != "multipart/form-data" {
		text(w, http.StatusBadRequest, "Invalid request (missing body data or invalid content-type)")
		return
	}
	if !isJSON && r.ContentLength > maxEncryptBody {
		text(w, http.StatusRequestEntityTooLarge, "request entity too large")
		return
	}
	if err := n.nonces.verify(q.Get("consumerAddress"), q.Get("nonce"), q.Get("signature"), cmdEncryptFile); err != nil {
		text(w, http.StatusUnauthorized, err.Error())
		return
	}
	var src io.Reader
	size := int64(-1)
	if isJSON {
		var fo fileObject
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&fo); err != nil || fo.Type == "" {
			text(w, http.StatusBadRequest, `Invalid request: Missing data to encrypt, use one of ["files","rawData"]`)
			return
		}
		if !strings.EqualFold(fo.Type, "url") {
			text(w, http.StatusInternalServerError, "Unknown error: Invalid storage type: "+fo.Type)
			return
		}
		resp, err := n.fetch.open(r.Context(), fo, "")
		if err != nil {
			if errors.Is(err, errUnsafeURL) {
				text(w, http.StatusInternalServerError, "Unknown error: Error validating the URL file: "+err.Error())
				return
			}
			text(w, http.StatusInternalServerError, "Unknown error: "+errFetch.Error())
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			text(w, http.StatusInternalServerError, "Unknown error: file origin answered "+strconv.Itoa(resp.StatusCode))
			return
		}
		src, size = resp.Body, resp.ContentLength
	} else {
		src, size = http.MaxBytesReader(w, r.Body, maxEncryptBody), r.ContentLength
		// The ciphertext streams out while the content streams in.
		_ = http.NewResponseController(w).EnableFullDuplex()
	}
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream; charset=utf-8")
	h.Set("X-Encrypted-By", n.nodeID)
	h.Set("X-Encrypted-Method", method)
	if method == methodECIES {
		limit := int64(maxEncryptBody)
		if isJSON {
			limit = maxDecryptContent
		}
		plain, err := io.ReadAll(io.LimitReader(src, limit+1))
		if err != nil || int64(len(plain)) > limit {
			clear(h)
			text(w, http.StatusRequestEntityTooLarge, "request entity too large")
			return
		}
		out, err := ecies.Encrypt(&n.key.PublicKey, plain)
		if err != nil {
			clear(h)
			text(w, http.StatusInternalServerError, "Internal Server Error")
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(out)))
		w.WriteHeader(http.StatusOK)
		w.Write(out)
		return
	}
	if size >= 0 {
		h.Set("Content-Length", strconv.FormatInt(aesCiphertextLen(size), 10))
	}
	extendWrite(w, size)
	w.WriteHeader(http.StatusOK)
	if _, err := io.CopyBuffer(progressWriter{w}, newCBCEncrypter(n.key, src), make([]byte, cbcChunk)); err != nil {
		// The status is sent: break the connection rather than end a
		// ciphertext that is short of the content.
		panic(http.ErrAbortHandler)
	}
}

// maxDecryptContent caps what the node reads into memory for ECIES
// content (encrypting a fetched file, decrypting on download): eciesjs
// has no streaming form.
const maxDecryptContent = 64 << 20

// decrypting reports how the node serves f: "" as stored (not encrypted,
// or encrypted by another node: Ocean Node's Storage.canDecrypt), else the
// method to decrypt it with.
func (n *Node) decrypting(f fileObject) string {
	if f.EncryptedBy == "" || f.EncryptedBy != n.nodeID {
		return ""
	}
	if f.EncryptMethod == methodAES || f.EncryptMethod == methodECIES {
		return f.EncryptMethod
	}
	return ""
}

// streamDecrypted serves the content of a file this node encrypted,
// decrypted (not done by Ocean Node v3.1.0, see the package doc). Range
// is not forwarded: the answer is always the whole plaintext, 200, without
// Content-Length (the padding is known only at the end). Content that
// does not decrypt breaks the connection once the answer has started.
func (n *Node) streamDecrypted(w http.ResponseWriter, r *http.Request, f fileObject, method string) {
	resp, err := n.fetch.open(r.Context(), f, "")
	if err != nil {
		if errors.Is(err, errUnsafeURL) {
			text(w, http.StatusNotImplemented, "Unknown error: Error validating the URL file: "+err.Error())
			return
		}
		text(w, http.StatusNotImplemented, "Unknown error: "+errFetch.Error())
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		text(w, http.StatusNotImplemented, "Unknown error: file origin answered "+strconv.Itoa(resp.StatusCode))
		return
	}
	h := w.Header()
	if v := resp.Header.Get("Content-Type"); v != "" {
		h.Set("Content-Type", v)
	}
	h.Set("Content-Disposition", "attachment;filename="+dispositionName(fileName(f)))
	h.Set("Access-Control-Expose-Headers", "Content-Disposition")
	if method == methodECIES {
		ct, err := io.ReadAll(io.LimitReader(resp.Body, maxDecryptContent+1))
		if err != nil || len(ct) > maxDecryptContent {
			text(w, http.StatusNotImplemented, "Unknown error: "+errFetch.Error())
			return
		}
		plain, err := ecies.Decrypt(n.key, ct)
		if err != nil {
			text(w, http.StatusInternalServerError, "Unknown error: content does not decrypt")
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(plain)))
		w.WriteHeader(http.StatusOK)
		w.Write(plain)
		return
	}
	extendWrite(w, resp.ContentLength)
	w.WriteHeader(http.StatusOK)
	if _, err := io.CopyBuffer(progressWriter{w}, newCBCDecrypter(n.key, resp.Body), make([]byte, cbcChunk)); err != nil {
		n.log.Debug("devnode: decrypted download interrupted", "err", err)
		panic(http.ErrAbortHandler)
	}
}
