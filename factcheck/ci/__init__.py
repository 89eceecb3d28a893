"""Outputs for continuous integration: JUnit XML, SARIF 2.1.0, GitHub annotations, and
what changed since an earlier brief. Each works from a finished :class:`~factcheck.model.Brief`;
:mod:`factcheck.ci.locate` finds each figure's line and column in its article's file.
"""
