package msg

// Message keys: rubric files (added with the built-in rubrics).
const (
	RubricVariantWeightedSumNA     Key = "rubric.variant-weighted-sum-na"
	RubricVariantWeightedSumScoped Key = "rubric.variant-weighted-sum-scoped"
)

func init() {
	catalog[RubricVariantWeightedSumNA] = entry{"varian %s memakai rule weighted-sum, yang tidak dapat menerima N/A", "variant %s uses rule weighted-sum, which cannot take N/A"}
	catalog[RubricVariantWeightedSumScoped] = entry{"varian %s memakai rule weighted-sum, yang tidak dapat membatasi indikator per jenis unit", "variant %s uses rule weighted-sum, which cannot limit indicators to unit types"}
}
