from ngoaivu.core.roles import Action, can
from ngoaivu.investment import selectors
from ngoaivu.investment.forms import FdiCapitalAdjustmentForm, FdiImplementationForm
from ngoaivu.ui.forms import inline_child_form
from ngoaivu.ui.views import records


class FdiProjectDetailView(records.RecordDetailView):
    def extra_context(self, project):
        user = self.request.user
        context = {
            "capital": selectors.fdi_project_capital(project),
            "adjustments": project.adjustments.all(),
            "implementations": project.implementations.all(),
        }
        if can(user, Action.ADD):
            currency = {"currency": project.capital_currency}
            context["adjustment_form"] = inline_child_form(FdiCapitalAdjustmentForm, user, project, **currency)
            context["implementation_form"] = inline_child_form(FdiImplementationForm, user, project, **currency)
        return context
