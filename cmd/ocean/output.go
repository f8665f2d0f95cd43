package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// emit prints one result: with --json, v as one JSON object on a line;
// otherwise what human writes.
func (e *env) emit(v any, human func(w io.Writer)) error {
	if e.g.json {
		return e.printJSON(e.stdout, v)
	}
	human(e.stdout)
	return nil
}

// printJSON writes v as one line of JSON, without HTML escaping (DDO
// text stays as published).
func (e *env) printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printRawJSON writes a JSON document received from a server on one line.
func (e *env) printRawJSON(raw []byte) error {
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return fmt.Errorf("invalid JSON from server: %w", err)
	}
	buf.WriteByte('\n')
	_, err := e.stdout.Write(buf.Bytes())
	return err
}

// status prints a progress note for humans on stderr (never with --json,
// never on stdout, so piped results stay clean).
func (e *env) status(format string, args ...any) {
	if !e.g.json {
		fmt.Fprintf(e.stderr, format+"\n", args...)
	}
}

// terminal reports whether w is a terminal (tests set e.term to pretend).
func (e *env) terminal(w io.Writer) bool {
	if e.term != nil {
		return e.term(w)
	}
	return isTerminal(w)
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
