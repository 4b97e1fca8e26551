"""x-ms-parameter-grouping (azure-parameter-grouping.json): grouped query and
header parameters are passed as one model per group; a group shared by
several operations is one model; members named like Python keywords or like
the method's own locals (`query`, `from`) reach the wire."""

from __future__ import annotations

from .conftest import Harness

SPEC = "azure-parameter-grouping"


def test_required_and_optional_groups(h: Harness) -> None:
    ops, models = h.client(SPEC).parameter_grouping, h.models(SPEC)
    required = models.ParameterGroupingPostRequiredParameters(custom_header="header", query=21)
    h.call(ops.post_required("path", body=1234, parameter_grouping_post_required_parameters=required))
    h.call(ops.post_required("path", body=1234))
    optional = models.ParameterGroupingPostOptionalParameters(custom_header="header", query=21)
    h.call(ops.post_optional(parameter_grouping_post_optional_parameters=optional))
    h.call(ops.post_optional())


def test_several_groups_and_a_shared_one(h: Harness) -> None:
    ops, models = h.client(SPEC).parameter_grouping, h.models(SPEC)
    first = models.FirstParameterGroup(header_one="header", query_one=21)
    second = models.ParameterGroupingPostMultiParamGroupsSecondParamGroup(header_two="header2", query_two=42)
    h.call(ops.post_multi_param_groups(
        first_parameter_group=first, parameter_grouping_post_multi_param_groups_second_param_group=second
    ))
    h.call(ops.post_shared_parameter_group_object(first_parameter_group=first))


def test_reserved_words_and_constants_in_groups(h: Harness) -> None:
    ops, models = h.client(SPEC).parameter_grouping, h.models(SPEC)
    words = models.ParameterGroupingPostReservedWordsParameters(from_="bob", accept="yes")
    h.call(ops.post_reserved_words(parameter_grouping_post_reserved_words_parameters=words))
    grouper = models.Grouper(grouped_constant=models.EncryptionAlgorithmType.FOO, grouped_parameter="bar")
    h.call(ops.group_with_constant(grouper=grouper))
