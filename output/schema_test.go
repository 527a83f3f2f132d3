package output

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.golden from the row types")

// TestSchemaGolden pins the Parquet schema of the tables (errors has the
// articles schema), so that a lost
// tag (a slice without `list`, a date without `date`) fails here, without
// an outside reader. Regenerate deliberately with -update after a contract
// change, and bump SchemaVersion.
func TestSchemaGolden(t *testing.T) {
	got := "# claims\n" + parquet.SchemaOf(ClaimRow{}).String() + "\n\n" +
		"# articles, errors\n" + parquet.SchemaOf(ArticleRow{}).String() + "\n"
	golden := filepath.Join("testdata", "schema.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("schema differs from %s (run with -update only for a deliberate contract change):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}
