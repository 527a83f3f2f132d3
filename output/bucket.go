package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"

	"github.com/claimx/claimx/internal/bucket"
)

// A dataset on object storage ("s3://archive/claimx") has a local one's
// layout under its key. Object stores neither rename nor lock, so a part
// is published by uploads: each object appears whole or not at all, and
// the articles object, uploaded after the claims and errors ones and
// before the ids object, marks the part complete, as the articles file's
// rename does on a local disk. Writers agree without a lock because each
// writes parts under names of its own (its run id, its shard's tag), and
// each shard removes only what a crashed run of its own tag left: so
// writers at once on one dataset must each be a different shard. The
// seen-set is every part's ids object, read at Open: shared by all shards.

// orphanAge is how old a part left incomplete by a writer of another tag
// must be before any writer removes it: no upload of a part takes that
// long.
const orphanAge = time.Hour

// OpenBucket opens or creates the dataset at the object storage URL
// rawURL, as Open does a local one: it removes the incomplete parts a
// crashed writer of its tag left (and those of any tag older than an hour)
// and reads which articles the dataset holds. claimx compact works on
// local datasets only.
func OpenBucket(ctx context.Context, rawURL string, opts Options) (*Dataset, error) {
	if opts.Format == "" {
		opts.Format = Parquet
	}
	o, ok, err := bucket.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s: not an object storage URL", rawURL)
	}
	b, err := o.Open(ctx)
	if err != nil {
		return nil, err
	}
	d := &Dataset{dir: rawURL, opts: opts, added: map[uint64]bool{}, bucket: b}
	if key := strings.Trim(o.Key, "/"); key != "" {
		d.prefix = key + "/"
	}
	complete, err := d.objectParts(ctx, articlesDir)
	if err != nil {
		return nil, err
	}
	if err := d.removeObjectOrphans(ctx, complete, time.Now()); err != nil {
		return nil, err
	}
	if len(complete) > 0 {
		last := complete[len(complete)-1]
		if f := formatOf(last); f != opts.Format {
			return nil, fmt.Errorf("%s holds %s parts; write %s to another place", rawURL, f, opts.Format)
		}
		if err := d.checkObjectVersion(ctx, d.object(articlesDir, last)); err != nil {
			return nil, err
		}
	}
	for _, name := range complete {
		l, err := d.objectPartIDs(ctx, name)
		if err != nil {
			return nil, err
		}
		d.recent = append(d.recent, l.written...)
		if opts.SkipFailed {
			d.retried = append(d.retried, l.failed...)
		}
	}
	slices.Sort(d.recent)
	slices.Sort(d.retried)
	dir, err := os.MkdirTemp("", "claimx-parts-")
	if err != nil {
		return nil, err
	}
	d.temp = &tempArea{dir: dir}
	return d, nil
}

// object is the key of the object at the path rel in the dataset.
func (d *Dataset) object(rel ...string) string { return d.prefix + path.Join(rel...) }

// objectParts lists the part names in a table of the dataset, sorted by
// name, which is write order.
func (d *Dataset) objectParts(ctx context.Context, table string) ([]string, error) {
	var names []string
	it := d.bucket.List(&blob.ListOptions{Prefix: d.object(table) + "/", Delimiter: "/"})
	for {
		obj, err := it.Next(ctx)
		if errors.Is(err, io.EOF) {
			slices.Sort(names)
			return names, nil
		}
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", table, err)
		}
		if name := path.Base(obj.Key); !obj.IsDir && formatOf(name) != "" {
			names = append(names, name)
		}
	}
}

// removeObjectOrphans removes the claims and errors objects of parts with
// no articles object that this writer's tag wrote (a crashed run of the
// same shard) or that are older than orphanAge.
func (d *Dataset) removeObjectOrphans(ctx context.Context, complete []string, now time.Time) error {
	for _, table := range tables[:len(tables)-1] {
		names, err := d.objectParts(ctx, table)
		if err != nil {
			return err
		}
		for _, name := range names {
			if _, found := slices.BinarySearch(complete, name); found {
				continue
			}
			written, tag, ok := partOrigin(name)
			if !ok || tag != d.opts.Tag && now.Sub(written) < orphanAge {
				continue // another shard's, perhaps being uploaded now
			}
			if err := d.bucket.Delete(ctx, d.object(table, name)); err != nil && !isNotFound(err) {
				return err
			}
		}
	}
	return nil
}

// partOrigin reads the time and the tag from a part's name.
func partOrigin(name string) (written time.Time, tag string, ok bool) {
	stem := strings.TrimSuffix(name, path.Ext(name))
	fields := strings.SplitN(stem, "-", 3)
	if len(fields) < 2 {
		return time.Time{}, "", false
	}
	written, err := time.Parse(partTime, fields[0])
	if err != nil {
		return time.Time{}, "", false
	}
	if len(fields) == 3 {
		tag = fields[2]
	}
	return written, tag, true
}

// checkObjectVersion refuses a dataset whose Parquet parts were written
// under another schema version, reading one part's footer.
func (d *Dataset) checkObjectVersion(ctx context.Context, key string) error {
	if formatOf(key) != Parquet {
		return nil
	}
	data, err := d.bucket.ReadAll(ctx, key)
	if err != nil {
		return err
	}
	_, err = openParquet(bytes.NewReader(data), int64(len(data)), d.objectURL(key))
	return err
}

// objectPartIDs is partIDs for a part in a bucket: its ids object, or the
// ids in its articles (and errors) objects when it has none.
func (d *Dataset) objectPartIDs(ctx context.Context, name string) (idList, error) {
	key := d.object(controlDir, idsDir, name+idsExt)
	data, err := d.bucket.ReadAll(ctx, key)
	if err == nil {
		v, err := parseIDs(d.objectURL(key), data)
		if err != nil {
			return idList{}, err
		}
		return idList{written: decodeKeys(v.written), failed: decodeKeys(v.failed)}, nil
	}
	if !isNotFound(err) {
		return idList{}, err
	}
	return partRowIDs(d.opts.SkipFailed, func(table string) ([]articleKey, error) {
		key := d.object(table, name)
		data, err := d.bucket.ReadAll(ctx, key)
		if err != nil {
			return nil, err
		}
		return decodePart[articleKey](bytes.NewReader(data), int64(len(data)), d.objectURL(key))
	})
}

// uploadPart publishes an encoded part: its claims and errors objects,
// then its articles object, which completes it, then its ids object.
func (d *Dataset) uploadPart(ctx context.Context, name string, files map[string]string) error {
	keys := map[string]string{idsDir: d.object(controlDir, idsDir, name+idsExt)}
	for _, table := range tables {
		keys[table] = d.object(table, name)
	}
	for _, part := range append(slices.Clone(tables), idsDir) {
		if err := d.upload(ctx, keys[part], files[part]); err != nil {
			return err
		}
	}
	return nil
}

// upload copies a local file to the object key; the object appears only
// once it is whole.
func (d *Dataset) upload(ctx context.Context, key, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := d.bucket.Upload(ctx, key, f, &blob.WriterOptions{ContentType: contentType(key)}); err != nil {
		return fmt.Errorf("uploading %s: %w", d.objectURL(key), err)
	}
	return os.Remove(file)
}

// objectURL names an object of the dataset's bucket in messages.
func (d *Dataset) objectURL(key string) string {
	o, _, _ := bucket.Parse(d.dir)
	return o.With(key).String()
}

// contentType is the media type an object is served with.
func contentType(key string) string {
	switch formatOf(path.Base(key)) {
	case Parquet:
		return "application/vnd.apache.parquet"
	case JSONL:
		return "application/jsonl"
	}
	return "application/octet-stream"
}

func isNotFound(err error) bool {
	return gcerrors.Code(err) == gcerrors.NotFound
}
