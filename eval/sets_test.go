package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFindSets(t *testing.T) {
	root := t.TempDir()
	for _, dir := range []string{"written/gold", "written/articles", "real/dev/gold", "real/test/gold", "notes", "real/test/gold/nested/gold"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	sets, err := FindSets(root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	if want := []string{"real/dev", "real/test", "written"}; !reflect.DeepEqual(names, want) {
		t.Errorf("sets %q, want %q", names, want)
	}

	one, err := FindSets(filepath.Join(root, "written"))
	if err != nil || len(one) != 1 || one[0].Name != "written" {
		t.Errorf("a root that is a set: got %+v, %v", one, err)
	}
	if _, err := FindSets(filepath.Join(root, "notes")); err == nil || !strings.Contains(err.Error(), "no gold set") {
		t.Errorf("a root with no set: want an error, got %v", err)
	}
}

func TestAllQualifiesStems(t *testing.T) {
	sets := []Set{{Name: "dev"}, {Name: "test"}}
	g := harbourGold()
	golds := []map[string]Gold{{"harbour": g}, {"harbour": g}}
	preds := []map[string]Prediction{{"harbour": exact(g)}, {}}
	r := All(sets, golds, preds)
	if r.Set != "all" || r.Articles != 2 || !reflect.DeepEqual(r.Missing, []string{"test/harbour"}) {
		t.Errorf("got set %q, %d articles, missing %v", r.Set, r.Articles, r.Missing)
	}
}

func TestUniqueStems(t *testing.T) {
	err := UniqueStems([]map[string]string{{"a": "dev/articles/a.txt"}, {"a": "test/articles/a.html", "b": "test/articles/b.txt"}})
	if err == nil || !strings.Contains(err.Error(), "dev/articles/a.txt and test/articles/a.html") {
		t.Errorf("want the shared stem named, got %v", err)
	}
	if err := UniqueStems([]map[string]string{{"a": "x"}, {"b": "y"}}); err != nil {
		t.Errorf("distinct stems: %v", err)
	}
}
