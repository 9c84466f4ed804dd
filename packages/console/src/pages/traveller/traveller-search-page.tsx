import { TravellerSearchDocument } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage } from "react-intl";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useGraphPages } from "../../graphql/use-graph";
import { useFormat } from "../../i18n/format";
import { DataTable, MoreButton } from "../../layout/data-table";
import { LookupForm } from "../../layout/lookup-form";
import { usePageTitle } from "../../layout/page-title";
import { Loading, RequestFailed } from "../../layout/status";

/** Travellers by name: any words of their names, accents and case ignored, in name order. */
export function TravellerSearchPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const name = search.get("name") ?? "";
  usePageTitle("nav.traveller", name || undefined);
  return (
    <>
      <h1>
        <FormattedMessage id="traveller.title" />
      </h1>
      <LookupForm
        key={name}
        label="traveller.name"
        button="traveller.search"
        hint="traveller.nameHint"
        initial={name}
        onSubmit={(value) => navigate(`/traveller?${new URLSearchParams({ name: value })}`)}
      />
      {name && <Results name={name} />}
    </>
  );
}

function Results({ name }: { name: string }) {
  const format = useFormat();
  const pages = useGraphPages(TravellerSearchDocument, { name, first: 20 }, ({ travellers }) =>
    travellers?.pageInfo.hasNextPage ? travellers.pageInfo.endCursor : null,
  );
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <RequestFailed error={pages.error} />;
  const first = pages.data.pages[0].data?.travellers;
  const travellers = pages.data.pages.flatMap((page) => page.data?.travellers?.edges ?? []).map((edge) => edge.node);
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">
        <FormattedMessage id="traveller.results" values={{ count: first?.totalCount ?? 0, name }} />
      </h2>
      {travellers.length > 0 && (
        <DataTable
          rows={travellers}
          rowKey={(traveller) => traveller.id}
          columns={[
            {
              header: "traveller.fullName",
              cell: (traveller) => (
                <Link to={`/traveller/${encodeURIComponent(traveller.id)}`}>
                  {traveller.familyName}, {traveller.givenNames}
                </Link>
              ),
            },
            {
              header: "traveller.dateOfBirth",
              cell: (traveller) => (traveller.dateOfBirth ? format.day(traveller.dateOfBirth) : "—"),
            },
            { header: "traveller.citizenships", cell: (traveller) => traveller.citizenships?.join(", ") ?? "—" },
          ]}
        />
      )}
      <MoreButton pages={pages} />
    </section>
  );
}
