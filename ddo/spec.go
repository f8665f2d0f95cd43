package ddo

import (
	"strconv"
	"time"
)

// SpecMode adds to the default strict validation the rules the DDO
// specification states but the reference validator (ddo-js) does not
// check; each failure is a [RuleSpec] violation:
//
//   - @context is present and not empty;
//   - metadata.type is "dataset" or "algorithm";
//   - metadata.algorithm is present when metadata.type is "algorithm";
//   - metadata.created and metadata.updated are ISO 8601 date-times
//     (RFC 3339, as JavaScript's toISOString writes them);
//   - every services[].type is "access" or "compute";
//   - a compute service has a compute object;
//   - services[].timeout is not negative.
//
// For DDO v5 the metadata and services are those of credentialSubject.
// SpecMode and [ReferenceMode] are separate levels: the default (strict)
// level is unchanged by SpecMode's existence, and ReferenceMode still
// reproduces ddo-js exactly.
func SpecMode() Option { return func(o *options) { o.spec = true } }

// specRules applies the rules of [SpecMode].
func specRules(doc Value, v5 bool) []Violation {
	var vs []Violation
	bad := func(path, msg string) { vs = append(vs, Violation{Path: path, Rule: RuleSpec, Message: msg}) }
	if c := doc.Get("@context"); c.kind == Undefined || c.kind == Null || (c.kind == Array && c.Len() == 0) {
		bad("$['@context']", "is required by the DDO specification")
	}
	base, prefix := doc, "$"
	if v5 {
		base, prefix = doc.Get("credentialSubject"), "$.credentialSubject"
		if base.kind != ObjectKind {
			return vs
		}
	}
	if md := base.Get("metadata"); md.kind == ObjectKind {
		mp := prefix + ".metadata"
		t := md.Get("type")
		if s, ok := t.Str(); ok && s != "dataset" && s != "algorithm" {
			bad(mp+".type", `must be "dataset" or "algorithm", got `+strconv.Quote(s))
		} else if ok && s == "algorithm" {
			if a := md.Get("algorithm"); a.kind == Undefined || a.kind == Null {
				bad(mp+".algorithm", `is required when type is "algorithm"`)
			}
		}
		for _, k := range [...]string{"created", "updated"} {
			if s, ok := md.Get(k).Str(); ok {
				if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
					bad(mp+"."+k, "must be an ISO 8601 date-time, got "+truncate(s))
				}
			}
		}
	}
	services := base.Get("services")
	if services.kind == ObjectKind {
		services = ArrayValue(services)
	}
	for i := 0; i < services.Len(); i++ {
		s := services.Index(i)
		if s.kind != ObjectKind {
			continue
		}
		sp := prefix + ".services[" + strconv.Itoa(i) + "]"
		if t, ok := s.Get("type").Str(); ok {
			switch t {
			case "access":
			case "compute":
				if s.Get("compute").kind != ObjectKind {
					bad(sp+".compute", "is required on a compute service")
				}
			default:
				bad(sp+".type", `must be "access" or "compute", got `+strconv.Quote(t))
			}
		}
		if n, ok := s.Get("timeout").Number(); ok && n < 0 {
			bad(sp+".timeout", "must be 0 or more, got "+strconv.FormatFloat(n, 'g', -1, 64))
		}
	}
	return vs
}
