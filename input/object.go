package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"

	"github.com/claimx/claimx/internal/bucket"
)

// Open opens an input for reading: a local file, or an object named by
// its URL ("s3://archive/inbox/a.txt"). size is its length in bytes, -1
// when that is not known before reading (a pipe, a device). An input that
// does not exist gives an error matching fs.ErrNotExist, whichever it is.
func Open(path string) (r io.ReadCloser, size int64, err error) {
	o, isURL, err := bucket.Parse(path)
	if err != nil {
		return nil, 0, err
	}
	if !isURL {
		f, err := os.Open(path)
		if err != nil {
			return nil, 0, err
		}
		info, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, 0, err
		}
		if !info.Mode().IsRegular() {
			return f, -1, nil
		}
		return f, info.Size(), nil
	}
	ctx := context.Background()
	b, err := o.Open(ctx)
	if err != nil {
		return nil, 0, err
	}
	obj, err := b.NewReader(ctx, o.Key, nil)
	if err != nil {
		return nil, 0, objectError(path, err)
	}
	return obj, obj.Size(), nil
}

// objectError is a bucket's error as the file system's: a missing object
// is a missing file.
func objectError(path string, err error) error {
	if gcerrors.Code(err) == gcerrors.NotFound {
		return &fs.PathError{Op: "open", Path: path, Err: fs.ErrNotExist}
	}
	return err
}

// fileName is what an input's name says of its type: its path, or the key
// of an object's URL, whose query would hide the extension.
func fileName(path string) string {
	if o, ok, err := bucket.Parse(path); ok && err == nil {
		return o.Key
	}
	return path
}

// objectPaths lists the article objects an object storage URL names: the
// object itself, or every article object under its key taken as a folder,
// in key order.
func objectPaths(in string) ([]string, error) {
	o, _, err := bucket.Parse(in)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	b, err := o.Open(ctx)
	if err != nil {
		return nil, err
	}
	if o.Key != "" {
		if ok, err := b.Exists(ctx, o.Key); err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		} else if ok {
			return []string{in}, nil
		}
	}
	prefix := o.Key
	if prefix != "" && prefix[len(prefix)-1] != '/' {
		prefix += "/"
	}
	var found []string
	it := b.List(&blob.ListOptions{Prefix: prefix})
	for {
		obj, err := it.Next(ctx)
		if errors.Is(err, io.EOF) {
			return found, nil
		}
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		if !obj.IsDir && isArticleFile(obj.Key) {
			found = append(found, o.With(obj.Key).String())
		}
	}
}
