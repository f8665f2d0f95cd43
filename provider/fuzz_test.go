package provider

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The decoders below take server input; none may panic, and a success must
// be self-consistent.

func FuzzParseInfo(f *testing.F) {
	root, _ := json.Marshal(nodeRoot("Ocean-Node"))
	f.Add(root)
	f.Add([]byte(`{"software":"Provider","chainIds":[8996],"providerAddresses":{"8996":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909"},"serviceEndpoints":{"nonce":["GET","/api/services/nonce"]}}`))
	f.Add([]byte(`{"chainId":1,"providerAddress":"0x00","serviceEndpoints":{"x":"y"}}`))
	f.Add([]byte(`{"chainIds":["8996.5"],"providerAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","serviceEndpoints":{"a":["get"]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := parseInfo(data, DialectAuto)
		if err != nil {
			return
		}
		if _, ok := info.Address(0); !ok && len(info.ProviderAddresses) == 0 {
			t.Fatal("accepted a root document without provider address")
		}
		for name := range info.Endpoints {
			if _, ok := info.Endpoint(strings.ToUpper(name)); !ok {
				t.Fatalf("case-insensitive lookup of %q failed", name)
			}
		}
	})
}

func FuzzOrderRequirements(f *testing.F) {
	f.Add([]byte(`{"datatoken":"0x0a2aB38F5cefb3BF8A2C047938F1E2CD3f41051d","nonce":"3","providerFee":{"providerFeeAddress":"0xe08A1dAe983BC701D05E492DB80e0144f8f4b909","providerFeeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","providerFeeAmount":"0","providerData":"0x7b7d","v":28,"r":"0xd747f246bad5afaa21f3822a16175489b7f2035b4fc9f5be5b1226a33ecfa591","s":"0x3b4c9ffb873f05ff6e40432f00253550124e77c1345ef14e7e2926025244e649","validUntil":1795358343},"computeAddress":null}`))
	f.Add([]byte(`{"validOrder":"0xabc"}`))
	f.Add([]byte(`{"validOrder":false,"chainId":"8996","did":"did:op:1"}`))
	f.Add([]byte(`{"providerFee":{"v":"27","validUntil":"1.5e3"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var o OrderRequirements
		if json.Unmarshal(data, &o) != nil {
			return
		}
		if o.ProviderFee != nil {
			_ = o.ProviderFee.MessageHash()
			_ = o.ProviderFee.Verify()
			if _, err := json.Marshal(o.ProviderFee); err != nil {
				t.Fatal(err)
			}
		}
		var cr ComputeRequirements
		_ = json.Unmarshal(data, &cr)
	})
}

func FuzzFileInfo(f *testing.F) {
	f.Add([]byte(`[{"valid":true,"contentLength":"33","contentType":"text/plain","checksum":"7c","name":"small.txt","type":"url"}]`))
	f.Add([]byte(`[{"index":0,"valid":true,"type":"url","contentLength":1161,"filename":"info.0.json"}]`))
	f.Add([]byte(`[{"contentLength":"abc"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var w []fileInfoWire
		if json.Unmarshal(data, &w) != nil {
			return
		}
		for i, x := range w {
			fi := x.toFileInfo(i)
			if fi.ContentLength < -1 && string(x.ContentLength) == "" {
				t.Fatal("unknown length must be -1")
			}
		}
	})
}

func FuzzJobsAndEnvironments(f *testing.F) {
	f.Add([]byte(`[{"owner":"0x1","did":"did:op:1","jobId":"a-b","dateCreated":"1700000000.5","status":70,"statusText":"Job finished","results":[{"filename":"out","filesize":3,"type":"output","index":0}]}]`))
	f.Add([]byte(`{"jobId":"x","status":"40"}`))
	f.Add([]byte(`{"8996":[{"id":"env","priceMin":1.5,"feeToken":"0x2473f4F7bf40ed9310838edFCA6262C17A59DF64","consumerAddress":"0xBE5449a6A97aD46c8558A3356267Ee5D2731ab5e"}]}`))
	f.Add([]byte(`[{"id":"e","fees":{"8996":[{"feeToken":"0x1","prices":[{"id":"cpu","price":1}]}]},"resources":[{"id":"cpu","total":4}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		resp := &http.Response{StatusCode: 200, Body: io.NopCloser(bytes.NewReader(data)),
			Request: &http.Request{Method: "GET", URL: &url.URL{Scheme: "http", Host: "n"}}}
		c, err := New("http://n")
		if err != nil {
			t.Fatal(err)
		}
		if jobs, err := c.decodeJobs(request{endpoint: "computeStatus"}, resp); err == nil {
			for _, j := range jobs {
				_ = j.Terminal()
			}
		}
		_, _ = decodeEnvs(data, 8996)
	})
}

func FuzzParseNonce(f *testing.F) {
	for _, s := range []string{"0", "12", "1664905891.738489", "1680730988846", "-1", "1e3", "null", "18446744073709551615"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseNonce(s)
		if err == nil && n == ^uint64(0) {
			t.Fatal("nonce would overflow on +1")
		}
	})
}

func FuzzContentRangeAndDisposition(f *testing.F) {
	f.Add("bytes 100-199/1000")
	f.Add("bytes 0-0/*")
	f.Add(`attachment; filename="../x"`)
	f.Fuzz(func(t *testing.T, s string) {
		if start, total, ok := parseContentRange(s); ok && (start < 0 || total < -1) {
			t.Fatal("negative range accepted")
		}
		if name := SafeFileName(s); name != "" && (strings.ContainsAny(name, `/\`) || strings.Contains(name, "..") || strings.HasPrefix(name, ".")) {
			t.Fatalf("unsafe name %q", name)
		}
	})
}
