package bucket

import "testing"

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, bucket, key string
		url               bool
	}{
		{"s3://archive/inbox/a.txt", "s3://archive", "inbox/a.txt", true},
		{"s3://archive/inbox/a.txt?endpoint=http://127.0.0.1:8333&use_path_style=true", "s3://archive?endpoint=http://127.0.0.1:8333&use_path_style=true", "inbox/a.txt", true},
		{"gs://archive", "gs://archive", "", true},
		{"azblob://box/out/", "azblob://box", "out/", true},
		{"/data/inbox/a.txt", "", "", false},
		{"file:///data/inbox", "", "", false},
		{"inbox/s3://x", "", "", false},
	} {
		o, ok, err := Parse(c.name)
		if err != nil || ok != c.url || o.bucket != c.bucket || o.Key != c.key {
			t.Errorf("Parse(%q) = %q %q %v %v, want %q %q %v", c.name, o.bucket, o.Key, ok, err, c.bucket, c.key, c.url)
		}
		if ok {
			if back, _, _ := Parse(o.String()); back != o {
				t.Errorf("Parse(%q).String() = %q reads back as %+v", c.name, o.String(), back)
			}
		}
	}
}
