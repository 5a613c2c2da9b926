/**
 * What the scenario route and a test's emulator handle drive: the emulator's calendar and the shifts of
 * its tenants' figures, and the state they leave, read back as the route answers it.
 */
import type { EmulatorCalendar } from './emulator-calendar.js';
import { isoFromEpochDay } from './epoch-days.js';
import type { FigureShiftRequest, ScenarioControl, ScenarioState } from './scenario-route.js';
import type { ServedCustomers, ServedTenant } from './served-tenants.js';

/** The control over `calendar` and the figures of `own` and the customer tenants. */
export function createScenarioControl(calendar: EmulatorCalendar, own: ServedTenant, customers: ServedCustomers): ScenarioControl {
  function state(): ScenarioState {
    return {
      today: isoFromEpochDay(calendar.today()),
      copilotRefreshDate: isoFromEpochDay(calendar.copilotRefreshDay()),
      officeRefreshDate: isoFromEpochDay(calendar.officeRefreshDay()),
      dayOffset: calendar.dayOffset(),
      shifts: own.shifts.list(),
      ...(customers.tenants.length > 0 ? { tenantShifts: Object.fromEntries(customers.tenants.map(({ name }) => [name, customers.named(name).shifts.list()])) } : {}),
    };
  }
  return {
    state,
    advanceDays: (days: number) => {
      calendar.advanceDays(days);
      return state();
    },
    shiftFigures: async (shift: FigureShiftRequest) => {
      const { tenant, ...figures } = shift;
      const from = figures.from ?? isoFromEpochDay(calendar.copilotRefreshDay());
      await (tenant === undefined ? own : customers.named(tenant)).shifts.set({ from, idleSeats: figures.idleSeats ?? 0, adoptionDrop: figures.adoptionDrop ?? 0, neverUsed: figures.neverUsed ?? 0 });
      return state();
    },
  };
}
