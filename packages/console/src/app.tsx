import { ConsoleMeDocument } from "@frontera/operations/src/generated/graphql";
import { FormattedMessage } from "react-intl";
import { Navigate, Route, Routes } from "react-router";
import { useGraphQuery } from "./graphql/use-graph";
import { AppShell } from "./layout/app-shell";
import { Loading, RequestFailed } from "./layout/status";
import { ArrangementsPage } from "./pages/arrangements/arrangements-page";
import { ShipmentAccountingPage, TravellerAccountingPage } from "./pages/disclosures/accounting-page";
import { DisclosuresPage } from "./pages/disclosures/disclosures-page";
import { PortPage } from "./pages/port/port-page";
import { ShipmentPage } from "./pages/shipment/shipment-page";
import { TravellerPage } from "./pages/traveller/traveller-page";
import { TravellerSearchPage } from "./pages/traveller/traveller-search-page";
import { MeContext } from "./session/me";
import { landingPage } from "./session/scopes";
import { useSession } from "./session/session";
import { SignInPage } from "./session/sign-in-page";

export function App() {
  const { token } = useSession();
  return token ? <SignedIn /> : <SignInPage />;
}

function SignedIn() {
  const me = useGraphQuery(ConsoleMeDocument, {});
  if (me.isPending) return <Loading />;
  if (me.isError) return <RequestFailed error={me.error} />;
  const who = me.data.data!.me;
  const landing = landingPage(who.effectiveScopes);
  return (
    <MeContext.Provider value={who}>
      <AppShell me={who}>
        <Routes>
          <Route
            index
            element={
              landing ? (
                <Navigate to={`/${landing}`} replace />
              ) : (
                <p role="alert">
                  <FormattedMessage id="shell.nothingOpen" />
                </p>
              )
            }
          />
          <Route path="port/:code?" element={<PortPage />} />
          <Route path="shipment/:shipmentControlNumber?" element={<ShipmentPage />} />
          <Route path="traveller" element={<TravellerSearchPage />} />
          <Route path="traveller/:id" element={<TravellerPage />} />
          <Route path="arrangements" element={<ArrangementsPage />} />
          <Route path="disclosures" element={<DisclosuresPage />} />
          <Route path="disclosures/shipment/:shipmentControlNumber" element={<ShipmentAccountingPage />} />
          <Route path="disclosures/traveller/:id" element={<TravellerAccountingPage />} />
          <Route
            path="*"
            element={
              <p role="alert">
                <FormattedMessage id="shell.notFound" />
              </p>
            }
          />
        </Routes>
      </AppShell>
    </MeContext.Provider>
  );
}
