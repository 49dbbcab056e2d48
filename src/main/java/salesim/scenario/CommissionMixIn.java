package salesim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import salesim.model.comp.Commission;

/**
 * Jackson mix-in for {@link Commission}: the variant is named by a {@code type} field ({@code flat}
 * or {@code weighted}), so the model's sealed interface stays free of Jackson. Type ids are logical
 * names from this closed list, never class names: no polymorphic default typing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Commission.Flat.class, name = "flat"),
  @JsonSubTypes.Type(value = Commission.Weighted.class, name = "weighted")
})
interface CommissionMixIn {}
