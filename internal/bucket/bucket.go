// Package bucket opens object storage by URL through gocloud.dev/blob:
// s3:// (and S3-compatible servers), gs://, azblob://, and mem:// for tests.
// An object is named by its bucket's URL with the key as the path:
// "s3://archive/inbox/a.txt?endpoint=http://minio:9000&use_path_style=true"
// is the key "inbox/a.txt" of the bucket "s3://archive?endpoint=…". The
// query configures the bucket as gocloud.dev documents for each scheme.
package bucket

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"

	"gocloud.dev/blob"
)

// Schemes are the URL schemes of object storage. A program registers the
// drivers it serves by importing them (claimx's command: cmd/claimx/drivers*.go);
// the library alone links none of the cloud SDKs. A file:// URL is no object storage: claimx reads it as the local path it
// names, with the locking and renames of a local file system.
var Schemes = []string{"s3", "gs", "azblob", "mem"}

// Object is an object, or a prefix of keys, in a bucket.
type Object struct {
	bucket string // the bucket's URL: scheme, host and query
	Key    string
}

// Parse reads name as an object storage URL; ok is false when name is not
// one (a local path).
func Parse(name string) (o Object, ok bool, err error) {
	if !IsURL(name) {
		return Object{}, false, nil
	}
	u, err := url.Parse(name)
	if err != nil {
		return Object{}, true, fmt.Errorf("%s: %w", name, err)
	}
	key := strings.TrimPrefix(u.Path, "/")
	u.Path, u.RawPath = "", ""
	return Object{bucket: u.String(), Key: key}, true, nil
}

// IsURL reports whether name names object storage rather than a local
// path.
func IsURL(name string) bool {
	scheme, _, found := strings.Cut(name, "://")
	return found && slices.Contains(Schemes, scheme)
}

// With is the object of the same bucket under key.
func (o Object) With(key string) Object { return Object{bucket: o.bucket, Key: key} }

// String is the object's URL, which Parse reads back.
func (o Object) String() string {
	u, err := url.Parse(o.bucket)
	if err != nil {
		return o.bucket + "/" + o.Key // Parse made bucket from a URL
	}
	u.Path = "/" + o.Key
	return u.String()
}

// Open opens the object's bucket. A bucket is opened once per process and
// kept: opening one reads credentials and configuration.
func (o Object) Open(ctx context.Context) (*blob.Bucket, error) {
	mu.Lock()
	defer mu.Unlock()
	if b, ok := open[o.bucket]; ok {
		return b, nil
	}
	b, err := blob.OpenBucket(ctx, o.bucket)
	if err != nil {
		return nil, fmt.Errorf("opening bucket %s: %w", o.bucket, err)
	}
	open[o.bucket] = b
	return b, nil
}

var (
	mu   sync.Mutex
	open = map[string]*blob.Bucket{}
)
