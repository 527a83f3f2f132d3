package output

import (
	"runtime"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// zstdCodec compresses pages with one encoder kept for the life of the
// process. parquet-go's own codec keeps its encoders in a sync.Pool, which
// every garbage collection empties, and each new encoder allocates and
// clears its history window again: that was a third of the cost of writing
// a part. A page is small, so a 1 MiB window loses nothing.
type zstdCodec struct{ enc *zstd.Encoder }

var pageCodec = newZstdCodec()

func newZstdCodec() *zstdCodec {
	enc, err := zstd.NewWriter(nil,
		zstd.WithEncoderConcurrency(runtime.GOMAXPROCS(0)),
		zstd.WithWindowSize(1<<20),
		zstd.WithZeroFrames(true),
		zstd.WithEncoderCRC(false))
	if err != nil {
		panic(err) // only for invalid options, which are fixed above
	}
	return &zstdCodec{enc: enc}
}

func (c *zstdCodec) String() string                            { return "ZSTD" }
func (c *zstdCodec) CompressionCodec() format.CompressionCodec { return format.Zstd }

func (c *zstdCodec) Encode(dst, src []byte) ([]byte, error) {
	return c.enc.EncodeAll(src, dst[:0]), nil
}

func (c *zstdCodec) Decode(dst, src []byte) ([]byte, error) {
	return parquet.Zstd.Decode(dst, src)
}
